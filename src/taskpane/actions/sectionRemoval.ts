/**
 * "Remove section": sections are locked against a stray delete (cannotDelete), so removing one is
 * a deliberate act in the pane, after a confirmation that names the recommendation.
 */
import type { Recommendation } from "../../domain/catalog/types";
import type { RecommendationCoverage } from "../../domain/coverage/types";
import { sectionTag } from "../../domain/tags";
import type { Services } from "../services";
import { selectedInspection } from "../store/selectors";
import { useStore } from "../store/store";
import { refreshCoverage } from "./coverage";
import { showFailure, showMessage } from "./messages";

/** The confirmation's words: which recommendation, and that typed text goes with it. */
export function removeSectionQuestion(item: Pick<RecommendationCoverage, "number">, recommendation: Pick<Recommendation, "text"> | undefined): { title: string; body: string } {
  const text = recommendation?.text ?? "";
  const snippet = text.length > 120 ? `${text.slice(0, 117).trimEnd()}…` : text;
  return {
    title: `Remove the section for recommendation ${item.number}?`,
    body: `This deletes recommendation ${item.number}${snippet ? ` (“${snippet}”)` : ""} and its response from the document, including anything typed in the response.`,
  };
}

export async function removeRecommendationSection(services: Services, item: RecommendationCoverage): Promise<void> {
  const inspection = selectedInspection(useStore.getState());
  if (!inspection) return;
  try {
    const removal = await services.port.removeSection(sectionTag(inspection.id, item.recId));
    if (removal.tracked > 0)
      showMessage(
        "remove-section",
        "warning",
        `Recommendation ${item.number}’s section is marked as deleted`,
        "Track Changes is on, so Word keeps it as a tracked deletion: accept the deletion to remove it, or reject it to keep the section.",
      );
    else showMessage("remove-section", "success", `Removed the section for recommendation ${item.number}`, "To put it back, use Insert missing sections on the Draft tab.");
  } catch (error) {
    showFailure("remove-section", `The section for recommendation ${item.number} could not be removed`, error);
  }
  await refreshCoverage(services);
}
