"use client";

// Last resort when the root layout itself fails: no layout, so both languages are shown.
export default function GlobalError() {
  return (
    <html lang="en">
      <body style={{ fontFamily: "Arial, sans-serif", maxWidth: "40rem", margin: "2rem auto", padding: "0 1rem" }}>
        <h1>Sorry, there is a problem with the service</h1>
        <p>Try again later. If the problem continues, contact nations@qaa.ac.uk.</p>
        <div lang="cy">
          <h2>Mae&apos;n ddrwg gennym, mae problem gyda&apos;r gwasanaeth</h2>
          <p>Rhowch gynnig arall arni yn nes ymlaen. Os bydd y broblem yn parhau, cysylltwch â nations@qaa.ac.uk.</p>
        </div>
      </body>
    </html>
  );
}
