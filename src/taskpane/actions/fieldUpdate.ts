/**
 * After the office's settings change: the names and details the add-in put into the open document
 * as tagged fields (domain/fields.ts) are compared with the new settings, and the pane offers to
 * update just those ("Update names and details in this document (N places)").
 */
import { fieldUpdates } from "../../domain/fields";
import type { Services } from "../services";
import { patch, useStore } from "../store/store";
import { showFailure, showMessage } from "./messages";

/** Reads the add-in's own controls (a cost that does not grow with the document) and sets the offer. */
export async function checkFieldsInDocument(services: Services): Promise<void> {
  const settings = useStore.getState().settings.saved;
  if (!settings) return;
  try {
    const { controls } = await services.port.readSnapshot("sections");
    const offer = fieldUpdates(controls, settings);
    patch("settings", { fieldOffer: offer.places > 0 ? offer : null });
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
    const { updated } = await services.port.updateFields(offer.updates);
    patch("settings", { fieldOffer: null });
    showMessage(
      "update-fields",
      "success",
      updated === 1 ? "Updated 1 place in the document" : `Updated ${updated} places in the document`,
      "Only the names and details the add-in inserted changed; text you typed, and these names where you typed them yourself, were left as they are.",
    );
  } catch (error) {
    showFailure("update-fields", "The names and details in the document could not be updated", error);
  }
}
