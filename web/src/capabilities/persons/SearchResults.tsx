import { Link as RouterLink } from 'react-router';
import { Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { formatDate, fullName } from '../../platform/format.js';
import type { PersonSummary } from '../../platform/api-types.js';
import { ScrollRegion } from '../../platform/ScrollRegion.js';

export function SearchResults({ items, onCall }: { items: PersonSummary[]; onCall: boolean }) {
  if (items.length === 0) {
    return (
      <Paragraph role="status">
        Ingen treff. Du ser bare personer du har tjenstlig behov for: personer i teamet ditt, eller med en aktiv sak eller tjeneste i en av enhetene dine.
      </Paragraph>
    );
  }
  return (
    <>
      <Paragraph role="status">{items.length === 1 ? '1 person funnet.' : `${items.length} personer funnet.`}</Paragraph>
      <ScrollRegion label="Tabell: søketreff">
        <Table zebra>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Navn</Table.HeaderCell>
              <Table.HeaderCell>Fødselsdato</Table.HeaderCell>
              <Table.HeaderCell>Merknad</Table.HeaderCell>
              {onCall && <Table.HeaderCell>Akutt</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {items.map((person) => (
              <Table.Row key={person.id}>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/personer/${person.id}`}>
                      {person.familyName}, {person.givenName}
                    </RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell>{formatDate(person.birthDate)}</Table.Cell>
                <Table.Cell>{person.syntheticId && <Tag data-color="neutral">Syntetisk</Tag>}</Table.Cell>
                {onCall && (
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/personer/${person.id}/akutt`} aria-label={`Akuttvisning for ${fullName(person)}`}>
                        Akuttvisning
                      </RouterLink>
                    </Link>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
    </>
  );
}
