// The floor's static page: prerendered at build time.
export default function StaticPage() {
  return (
    <main>
      <h1>Floor</h1>
      <p>A static page of a bare Next.js app.</p>
    </main>
  );
}
