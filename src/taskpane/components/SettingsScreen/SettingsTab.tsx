import SettingsScreen from "./SettingsScreen";
import { SourcesSettings } from "./SourcesSettings";

/** The Settings tab: the office's details, then where its own catalog and wording library come from (two forms). */
export default function SettingsTab() {
  return (
    <>
      <SettingsScreen />
      <SourcesSettings />
    </>
  );
}
