import { Button, type ButtonProps } from "@fluentui/react-components";
import { ArrowUploadRegular } from "@fluentui/react-icons";
import { useRef, type ChangeEvent } from "react";

export interface FilePickButtonProps {
  /** The button's text (and accessible name). */
  children: string;
  /** Names the (hidden) file input, for tests and assistive tools that reach it directly. */
  inputLabel: string;
  accept: string;
  onFile: (file: File) => void;
  size?: ButtonProps["size"];
  disabled?: boolean;
}

/**
 * A Fluent button that opens the file chooser. The browser's own file input ("Choose File — No file
 * chosen") looks nothing like Office and cannot be themed, so it stays hidden and the button clicks it.
 */
export function FilePickButton({ children, inputLabel, accept, onFile, size, disabled }: FilePickButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so choosing the same file again (after fixing it) still fires a change.
    e.target.value = "";
    if (file) onFile(file);
  };
  return (
    <>
      <Button type="button" size={size} disabled={disabled} icon={<ArrowUploadRegular />} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input ref={input} type="file" hidden tabIndex={-1} aria-label={inputLabel} accept={accept} onChange={onChange} />
    </>
  );
}
