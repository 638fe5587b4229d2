/**
 * After the office's settings change: the names and details the add-in put into the open document
 * as tagged fields (domain/fields.ts) are compared with the new settings, and the pane offers to
 * update just those: a banner at the top of Settings ("This document still has the old names or
 * details in N places, on M lines.") with the button.
 */
import { fieldUpdates } from "../../domain/fields";
import { nameEditsIn, nameUpdate, valuesInDocument } from "../../domain/names";
import { standardWordingLibrary, uneditedWording } from "../../domain/coverage/standardWording";
import { builtInWording } from "../../domain/wording";
import type { Services } from "../services";
import { patch, useStore } from "../store/store";
import { showFailure, showMessage } from "./messages";
import { earlierSettings } from "./settings";

/** Reads the add-in's own controls (a cost that does not grow with the document) and sets the offer. */
export async function checkFieldsInDocument(services: Services): Promise<void> {
  const settings = useStore.getState().settings.saved;
  if (!settings) return;
  try {
    const { controls } = await services.port.readSnapshot("sections");
    const fields = fieldUpdates(controls, settings);
    // Names inside the add-in's sentences: the user's earlier values, where the document still has them.
    // …and the names the add-in's own wording there was filled with, read back from its templates.
    const { office, organisation } = useStore.getState().wording;
    const found = valuesInDocument(controls, [...office, ...(organisation ?? []), ...builtInWording]);
    const update = nameUpdate(earlierSettings(services), settings, found);
    const standard = standardWordingLibrary(builtInWording);
    const named = nameEditsIn(controls, update, (answer) => uneditedWording(answer, standard) !== null);
    const places = fields.places + named.places;
    const lines = fields.lines + named.lines;
    patch("settings", { fieldOffer: places > 0 ? { updates: fields.updates, places, lines, names: named.places > 0 ? { tags: named.tags, update, answers: named.answers } : null } : null });
  } catch {
    // No offer when the document cannot be read: the settings are saved all the same, and the
    // next save checks again. Nothing the user did failed.
    patch("settings", { fieldOffer: null });
  }
}

export async function updateFieldsInDocument(services: Services): Promise<void> {
  const offer = useStore.getState().settings.fieldOffer;
  if (!offer) return;
  try {
    const { updated, skipped } = await services.port.updateFields(offer.updates, offer.names ?? undefined);
    patch("settings", { fieldOffer: null });
    const done = updated === 1 ? "Updated 1 place in the document" : `Updated ${updated} places in the document`;
    if (skipped > 0)
      showMessage(
        "update-fields",
        "warning",
        done,
        `${skipped === 1 ? "One paragraph was" : `${skipped} paragraphs were`} left as ${skipped === 1 ? "it was" : "they were"}: Word found the old name there in a form the add-in did not expect. Check the letter's opening and standard wording for the old names.`,
      );
    else
      showMessage(
        "update-fields",
        "success",
        done,
        "Only the names and details the add-in inserted changed, in its own lines and wording; your answers and comments, and the names you typed there, were left as they are.",
      );
  } catch (error) {
    showFailure("update-fields", "The names and details in the document could not be updated", error);
  }
}
