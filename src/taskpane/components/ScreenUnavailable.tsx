import { Text } from "@fluentui/react-components";

/** In place of a screen whose code could not be downloaded (connection lost after the pane opened). */
export function ScreenUnavailable() {
  return (
    <Text as="p" role="alert">
      This part of the add-in could not be loaded. Check your connection, then close and reopen the add-in.
    </Text>
  );
}
