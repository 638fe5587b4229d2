/**
 * "Check this copy of Word": on request, in a new blank document only, inserts one section of each
 * house style exactly as the add-in does, verifies what Word built, removes it again and checks the
 * document is blank once more. The report goes to whoever supports the add-in.
 */
import type { Plan } from "../domain/plan";
import { removeByIds } from "./cleanup";
import { runAction } from "./host";
import { insertPlan } from "./insert";
import { WordActionError, type HostCapabilities, type SelfCheckResult } from "./port";

/** A new blank document: one empty paragraph and no content control (WORD-SEMANTICS 27). */
async function isBlank(): Promise<boolean> {
  return runAction("check the document is blank", false, async (context) => {
    const paragraphs = context.document.body.paragraphs.load({ select: "text", top: 2 });
    const controls = context.document.body.contentControls.load({ select: "id", top: 1 });
    await context.sync();
    return paragraphs.items.length === 1 && paragraphs.items[0].text === "" && controls.items.length === 0;
  });
}

export async function checkThisWord(plans: Array<{ name: string; plan: Plan }>, caps: HostCapabilities): Promise<SelfCheckResult> {
  if (!(await isBlank()))
    throw new WordActionError("The check runs only in a new blank document, so nothing of yours is touched. Open a new blank document (File › New › Blank document), open the add-in there and run the check again.", "NotBlank");
  const lines: SelfCheckResult["lines"] = [];
  for (const { name, plan } of plans) {
    try {
      const outcome = await insertPlan(plan, "end", caps);
      const problems = outcome.problems.map((p) => `${p.kind} at ${p.tag}`);
      if (outcome.receipt) await runAction("remove the check's section", true, (context) => removeByIds(context, outcome.receipt!.allControlIds, caps));
      const blank = await isBlank();
      if (!blank) problems.push("the document was not blank again after removing the section");
      lines.push({ name, passed: outcome.verified && problems.length === 0, detail: problems.length ? problems.join("; ") : `built ${outcome.inserted.length} section, verified and removed` });
      if (!blank) break;
    } catch (error) {
      // Word's own error code too: the report goes to whoever supports the add-in.
      const detail = error instanceof WordActionError ? `${error.message} (${error.code})` : error instanceof Error ? error.message : String(error);
      lines.push({ name, passed: false, detail });
      if (!(await isBlank().catch(() => false))) break;
    }
  }
  return { passed: lines.length === plans.length && lines.every((l) => l.passed), lines };
}
