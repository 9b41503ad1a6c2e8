// Security headers on every answer, API and web app alike, through helmet. The built web app is one
// script and one stylesheet from /assets, so scripts need nothing but 'self'. Styles keep
// 'unsafe-inline': React and Designsystemet set style attributes and inject <style> into shadow roots.
import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';

export async function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Only behind HTTPS: on plain http (the local demo) it would send the browser to a port that has no TLS.
        ...(options.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // Browsers honour HSTS only over HTTPS, so it is harmless on the plain-http demo.
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
  });
}
