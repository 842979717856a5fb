import { type ReactNode, useId } from 'react';

/** A page section that is one form: its heading names it; submitting runs `onSubmit` (no page load). */
export function FormSection({
  title,
  testId,
  onSubmit,
  children,
}: {
  title: string;
  testId: string;
  onSubmit: () => Promise<void> | void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <form
      className="cc-section"
      aria-labelledby={`${id}-t`}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
      data-testid={testId}
    >
      <h2 id={`${id}-t`}>{title}</h2>
      {children}
    </form>
  );
}
