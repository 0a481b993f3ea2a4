import about from "../about.json";

// The same text as the portal's /about (headings and paragraphs of its English MDX, copied here
// by `npm run bench:fixture`).
export default function Page() {
  return (
    <>
      <h1>About MIC.SIG</h1>
      {about.blocks.map((block, i) => (block.heading ? <h2 key={i}>{block.text}</h2> : <p key={i}>{block.text}</p>))}
    </>
  );
}
