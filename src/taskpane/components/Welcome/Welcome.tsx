import { Body1, Button, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import { skipWelcome, startSetupFromWelcome } from "../../actions/settings";
import { useServices } from "../../services";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** First use: ask for the office's details, or let the user skip straight to drafting. */
export function Welcome() {
  const styles = useStyles();
  const services = useServices();
  return (
    <Card className={styles.root} role="region" aria-labelledby="welcome-heading">
      <CardHeader header={<Text as="h2" id="welcome-heading" weight="semibold" size={400}>Welcome to Inspection Response Drafter</Text>} />
      <Body1>
        Add your office’s details once (PCC, force, police area, signatory) and every letter is addressed correctly. It takes about a minute; you can
        change them later in Settings.
      </Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={startSetupFromWelcome}>
          Set up my office
        </Button>
        <Button onClick={() => skipWelcome(services)}>Skip for now</Button>
      </div>
    </Card>
  );
}
