/** What counts as answered (src/domain/coverage/answered.ts). */
import { judgeResponse } from "../../../src/domain/coverage/answered";

describe("what counts as answered", () => {
  it.each(["", "TBC", "tbc.", "To follow", "Response to follow.", "[insert]", "[Insert the force's response here]", "XXX", "Force response:", "Force response: TBC", "Click or tap here to enter text.", "N/A"])(
    "treats %p as a placeholder",
    (text) => expect(judgeResponse(text).status).toBe("placeholder"),
  );

  it("treats text equal to the control's placeholder as a placeholder", () => {
    expect(judgeResponse("Describe the action taken", "Describe the action taken").status).toBe("placeholder");
  });

  it("treats a response saying the recommendation is for another body as deferred", () => {
    const v = judgeResponse("This recommendation is addressed to the Home Office. The force will await further information.");
    expect(v.status).toBe("deferred");
  });

  it("does not treat 'addressed to police forces' as a deferral", () => {
    expect(judgeResponse("This recommendation is addressed to police forces. We have rewritten our victim letters and audit them monthly.").status).toBe("answered");
  });

  it("treats a substantive response that also awaits national guidance as answered", () => {
    const text =
      "Case strategy meetings are now held within ten days of referral, tracked by the joint performance board, with an escalation route agreed with the prosecutor. Supervisors review every plan. We will also await the national framework.";
    expect(judgeResponse(text).status).toBe("answered");
  });

  it("is less sure of very short answers", () => {
    expect(judgeResponse("Agreed and in place.").confidence).toBeLessThan(judgeResponse("A named officer now calls every victim within two days of charge and logs the call.").confidence);
  });
});
