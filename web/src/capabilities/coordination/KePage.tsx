// «Koordinerende enhet»: the inbox of IP messages and the coordinator register.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useTitle } from '../../platform/use-title.js';
import { KeInbox } from './KeInbox.js';
import { CoordinatorRegister } from './CoordinatorRegister.js';
import { cite } from '../../../../server/src/platform/law/index.js';

export function KePage() {
  useTitle('Koordinerende enhet');
  const user = useUser();
  const manage = may(user, 'ke.manage');
  return (
    <>
      <Heading level={1} data-size="lg">
        Koordinerende enhet
      </Heading>
      <Paragraph>Meldinger om behov for individuell plan og koordinator, og registeret over koordinatorer med opplæring og antall personer ({cite('hol', '§ 7-3')}).</Paragraph>
      {manage && <KeInbox />}
      <CoordinatorRegister canManage={manage} />
    </>
  );
}
