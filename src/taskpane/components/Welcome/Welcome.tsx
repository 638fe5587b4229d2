import { Body1, Button, Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { skipWelcome, startSetupFromWelcome } from "../../actions/welcome";
import { useFirstScreenMark } from "../../firstScreen";
import { useServices } from "../../services";
import { SettingsScreen } from "../App/screens";

const useStyles = makeStyles({
  // Drawn like Fluent's Card with the tokens Card uses, not with Card itself: the welcome is in the
  // start-up bundle (first screen, issue 12) and Card would add 10 KB gzipped to it for a frame.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    // Transparent except in high contrast, where it outlines the card as Card's own stroke does.
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorTransparentStroke),
  },
  heading: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** First use: ask for the office's details, or let the user skip straight to drafting. */
export function Welcome() {
  const styles = useStyles();
  const services = useServices();
  useFirstScreenMark(true);
  return (
    <section className={styles.root} aria-labelledby="welcome-heading">
      <Text as="h2" id="welcome-heading" weight="semibold" size={400} className={styles.heading}>
        Welcome to Inspection Response Drafter
      </Text>
      <Body1>
        Add your office’s details once (PCC, force, police area, signatory) and every letter is addressed correctly. It takes about a minute; you can
        change them later in Settings.
      </Body1>
      <div className={styles.actions}>
        {/* Settings is fetched when the user heads for this button, so it opens at once. */}
        <Button appearance="primary" onClick={startSetupFromWelcome} onPointerEnter={SettingsScreen.preload} onFocus={SettingsScreen.preload}>
          Set up my office
        </Button>
        <Button onClick={() => skipWelcome(services)}>Skip for now</Button>
      </div>
    </section>
  );
}
