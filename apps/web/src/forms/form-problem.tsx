/** The one problem above a form (a refused request, a wrong password); announced when it appears. */
export function FormProblem({ message }: { message: string | null | undefined }) {
  return message ? (
    <div className="alert alert--error" role="alert">
      {message}
    </div>
  ) : null;
}
