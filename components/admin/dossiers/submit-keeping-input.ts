import { startTransition } from "react";

/**
 * An onSubmit handler that dispatches the form's data to an action without React's automatic form reset
 * (which `<form action>` does): after a field error, staff keep what they typed.
 */
export function submitKeepingInput(dispatch: (form: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
}
