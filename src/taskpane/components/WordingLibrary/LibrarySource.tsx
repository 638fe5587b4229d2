import { Caption1 } from "@fluentui/react-components";
import { whenFetched } from "../../../domain/sources/failures";
import { useStore } from "../../store/store";

/** Says which library the tab offers when it is the office's own (Settings › Sources), not the built-in one. */
export function LibrarySource() {
  const copy = useStore((s) => (s.wording.organisation ? s.sources.wording.copy : null));
  if (!copy) return null;
  return (
    <Caption1>
      {copy.fromFile
        ? `Your office's library, read from “${copy.from}” on ${whenFetched(copy.fetchedAt)}.`
        : `Your office's library, fetched on ${whenFetched(copy.fetchedAt)}.`}{" "}
      It replaces the built-in wording (Settings › Sources).
    </Caption1>
  );
}
