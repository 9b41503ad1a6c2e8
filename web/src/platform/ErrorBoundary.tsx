// Last line of defence: a rendering error shows a Norwegian message, never a stack trace.
import { Component, type ReactNode } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main id="main" className="app-main">
        <Heading level={1} data-size="lg">
          Noe gikk galt
        </Heading>
        <Alert data-color="danger">
          <Paragraph>Siden kunne ikke vises. Last siden på nytt. Hvis feilen kommer igjen, kontakt brukerstøtte.</Paragraph>
        </Alert>
        <div>
          <Button onClick={() => window.location.reload()}>Last siden på nytt</Button>
        </div>
      </main>
    );
  }
}
