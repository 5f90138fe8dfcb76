// Top-level React component; the reader UI grows from here.
export function App() {
  return (
    <main>
      <h1>Lectern</h1>
      <p>Offline reader for Decree 63/2020/ND-CP on Security Industry.</p>
    </main>
  );
}
