import type { FigureReading } from "@/lib/reading/read-figures";

// No hooks and no browser APIs: this renders the same on the server and in the browser.
// On a phone each row becomes a card, and the visible column names inside the cells are
// hidden from screen readers, which already announce the real column headers.
export function FiguresTable({ figures }: { figures: FigureReading[] }) {
  return (
    <table className="figures">
      <caption className="visually-hidden">Figures found in the text</caption>
      <thead>
        <tr>
          <th scope="col">In the text</th>
          <th scope="col">Qualifier</th>
          <th scope="col">Allows</th>
          <th scope="col">Kind</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => (
          <tr key={figure.start}>
            <td className="figures-context">
              {figure.before}
              <mark>{figure.quote}</mark>
              {figure.after}
            </td>
            <td>
              <CellLabel>Qualifier</CellLabel>
              {figure.qualifier}
            </td>
            <td className="figures-interval">
              <CellLabel>Allows</CellLabel>
              {figure.interval}
            </td>
            <td>
              <CellLabel>Kind</CellLabel>
              <span>
                {figure.kind}
                {figure.unit && <span className="figures-unit"> ({figure.unit})</span>}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CellLabel({ children }: { children: string }) {
  return (
    <span className="cell-label" aria-hidden="true">
      {children}
    </span>
  );
}
