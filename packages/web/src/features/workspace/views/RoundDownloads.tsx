import { useStrings } from '../../../app/language';
import { followUpStrings } from '../followUpStrings';

/** The server-made files of a round's follow-up report (GET /reports/rounds/:id.pdf|.xlsx|.csv). */
export function RoundDownloads({ id }: { id: string }) {
  const f = useStrings(followUpStrings);
  const base = `/reports/rounds/${encodeURIComponent(id)}`;
  return (
    <ul className="ws-list no-print">
      <li>
        <a href={`${base}.pdf`} download>
          {f.downloadPdf}
        </a>
      </li>
      <li>
        <a href={`${base}.xlsx`} download>
          {f.downloadXlsx}
        </a>
      </li>
      <li>
        <a href={`${base}.csv`} download>
          {f.downloadCsv}
        </a>
      </li>
    </ul>
  );
}
