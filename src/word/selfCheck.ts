/**
 * "Check this copy of Word": on request, in a new blank document only, inserts one section of each
 * house style exactly as the add-in does, verifies what Word built, removes it again and checks the
 * document is blank once more. The report goes to whoever supports the add-in.
 */
import type { Plan } from "../domain/plan";
import { removeByIds } from "./cleanup";
import { notBlank, toWordActionError } from "./errors";
import { runAction } from "./host";
import { insertPlan } from "./insert";
import type { HostCapabilities, SelfCheckResult } from "./port";

/** A new blank document: one empty paragraph and no content control (WORD-SEMANTICS 27). */
export async function isBlank(): Promise<boolean> {
  return runAction("check-blank", false, async (context) => {
    const paragraphs = context.document.body.paragraphs.load({ select: "text", top: 2 });
    const controls = context.document.body.contentControls.load({ select: "id", top: 1 });
    await context.sync();
    return paragraphs.items.length === 1 && paragraphs.items[0].text === "" && controls.items.length === 0;
  });
}

export async function checkThisWord(plans: Array<{ name: string; plan: Plan }>, caps: HostCapabilities): Promise<SelfCheckResult> {
  if (!(await isBlank()))
    throw notBlank();
  const lines: SelfCheckResult["lines"] = [];
  for (const { name, plan } of plans) {
    try {
      const outcome = await insertPlan(plan, "end", caps);
      if (outcome.receipt) await runAction("remove-check-section", true, (context) => removeByIds(context, outcome.receipt!.allControlIds, caps));
      const blank = await isBlank();
      const built = outcome.inserted.length;
      lines.push({ name, passed: outcome.verified && blank && built > 0, built, problems: outcome.problems, leftSomething: !blank });
      if (!blank) break;
    } catch (error) {
      const blank = await isBlank().catch(() => false);
      lines.push({ name, passed: false, built: 0, problems: [], leftSomething: !blank, error: toWordActionError(error, "insert-sections", true) });
      if (!blank) break;
    }
  }
  return { passed: lines.length === plans.length && lines.every((l) => l.passed), lines };
}
