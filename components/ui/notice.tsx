/** A short confirmation after an action, announced politely (role="status"). */
export function StatusNotice({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <div className="notice notice-success" role="status">
      <p>{text}</p>
    </div>
  );
}
