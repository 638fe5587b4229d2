import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { APPROVAL_STATUSES, emptyForm, formOf, type WordingCategoryInfo, type WordingForm, type WordingFormField, type WordingSnippet } from "../../../domain/wording";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface WordingEditorProps {
  /** The entry being edited (its newest version), or null for a new one. */
  entry: WordingSnippet | null;
  categories: readonly WordingCategoryInfo[];
  /** Saves; returns the problem with each field, or null when saved. */
  onSave: (form: WordingForm) => Partial<Record<WordingFormField, string>> | null;
  onCancel: () => void;
}

/** The comms editor's form for one entry, checked as the library file is. */
export function WordingEditor({ entry, categories, onSave, onCancel }: WordingEditorProps) {
  const styles = useStyles();
  const [form, setForm] = useState<WordingForm>(() => (entry ? formOf(entry) : emptyForm()));
  const [errors, setErrors] = useState<Partial<Record<WordingFormField, string>>>({});
  const set = (field: WordingFormField) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const error = (field: WordingFormField) => (errors[field] ? { validationState: "error" as const, validationMessage: errors[field] } : {});

  return (
    <form
      className={styles.root}
      aria-label={entry ? `Edit ${entry.title}` : "New wording entry"}
      onSubmit={(e) => {
        e.preventDefault();
        setErrors(onSave(form) ?? {});
      }}
    >
      <Field label="Id" hint="Lower-case words joined by hyphens; it never changes." required {...error("id")}>
        <Input value={form.id} disabled={entry !== null} onChange={(_, d) => set("id")(d.value)} />
      </Field>
      <Field label="Title" required {...error("title")}>
        <Input value={form.title} onChange={(_, d) => set("title")(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label="Category" {...error("category")}>
          <Select value={form.category} onChange={(_, d) => set("category")(d.value)}>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Status" {...error("status")}>
          <Select value={form.status} onChange={(_, d) => set("status")(d.value)}>
            {APPROVAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field label="Owner" {...error("owner")}>
          <Input value={form.owner} onChange={(_, d) => set("owner")(d.value)} />
        </Field>
        <Field label="Last reviewed" hint="YYYY-MM-DD" {...error("lastReviewed")}>
          <Input value={form.lastReviewed} onChange={(_, d) => set("lastReviewed")(d.value)} />
        </Field>
      </div>
      <Field label="Tags" hint="Comma-separated words that help people find it." {...error("tags")}>
        <Input value={form.tags} onChange={(_, d) => set("tags")(d.value)} />
      </Field>
      <Field
        label="Text"
        hint="Blank line between paragraphs. Values: {forceName}, {pccName}, {inspectionTitle}, {publishedOn:long}, {number}, {addressees}… ({force} and {inspection.title} also work). Prompts for the author in [square brackets]."
        required
        {...error("text")}
      >
        <Textarea value={form.text} resize="vertical" rows={8} onChange={(_, d) => set("text")(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary">
          Save entry
        </Button>
        <Button type="button" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
