// The bench office, written with a few set-based INSERT … SELECT generate_series statements (seconds, not
// minutes) and deterministic ids (bench/lib/ids.mts) and times, so every run measures the same data.
import postgres from "postgres";
import { DEFAULT_FAQ } from "../../lib/seed/faq";
import { makePdf } from "../../lib/seed/pdf";
import { hashPassword } from "../../lib/auth/password";
import { BENCH_UUID_FUNCTION, benchId } from "./ids.mts";

/** Bump when the data below changes: results of different seed versions are not comparable. */
export const SEED_VERSION = 2;

export const SEED_SIZE = {
  clients: 2_000,
  dossiers: 3_000,
  bigLetters: 10_000,
  bigDocuments: 10_000,
  bigMessages: 500,
  smallDocuments: 10,
  /** Like its documents: so both of the small dossier's tabs list 10 rows where the big one lists a page of 25. */
  smallMessages: 10,
  /** Client-written messages in the office inbox, the bench client's own in the big dossier included. */
  inboxMessages: 5_000,
} as const;

export const BENCH_LOGINS = {
  client: "client-0001@bench.test",
  staff: "staff@bench.test",
  password: "bench-portal-2026",
} as const;

/** The rows and URLs the cases need. Dossier 1 is big, 2 small; the bench client (client 1) has dossiers 1–5. */
export const BENCH_IDS = {
  office: benchId("office"),
  staff: benchId("staff"),
  client: benchId("client:1"),
  bigDossier: benchId("dossier:1"),
  smallDossier: benchId("dossier:2"),
  /** The one document whose bytes are in the store: the download case. */
  downloadDocument: benchId("small-document:1"),
  /** A conversation the bench client started in the big dossier, with the office's answer. */
  message: benchId("big-message:10"),
} as const;

/** A search on /admin/dossiers that matches one dossier in ten (title) and is paged. */
export const DOSSIER_SEARCH = "Kerkstraat";

export const DOWNLOAD_PDF = makePdf(["Klantenportaal bench", "Het document van de download-meting."]);

// All times are fixed: 2 March 2026, 09:00 Amsterdam, minus some minutes per row.
const BASE = "timestamptz '2026-03-02 09:00:00+01'";
const BENCH_CLIENT_DOSSIERS = 5;

function statements(passwordHash: string): { sql: string; params?: (string | number)[] }[] {
  const c = SEED_SIZE;
  const office = `pg_temp.bench_uuid('office')`;
  const staff = `pg_temp.bench_uuid('staff')`;
  const benchClient = `pg_temp.bench_uuid('client:1')`;
  const big = `pg_temp.bench_uuid('dossier:1')`;
  const small = `pg_temp.bench_uuid('dossier:2')`;
  // Dossiers 6.. belong to clients 2..; the bench client's own dossiers are 1–5.
  const clientOfDossier = (d: string) => `pg_temp.bench_uuid('client:' || (2 + ((${d} - 6) % ${c.clients - 1})))`;
  const otherDossiers = c.dossiers - BENCH_CLIENT_DOSSIERS;
  const ownInBig = c.bigMessages / 5;
  const otherInbox = c.inboxMessages - ownInBig;
  return [
    { sql: BENCH_UUID_FUNCTION },
    {
      sql: `insert into offices (id, slug, name, contact_phone, contact_email, require_staff_two_factor, faq, created_at, updated_at)
            values (${office}, 'bench', 'Notariaat Bench', '(020) 765 4321', 'info@bench.test', false, $1::jsonb, ${BASE} - interval '400 days', ${BASE})`,
      params: [JSON.stringify(DEFAULT_FAQ)],
    },
    {
      sql: `insert into users (id, office_id, role, email, name, password_hash, status, created_at, updated_at)
            values (${staff}, ${office}, 'staff', '${BENCH_LOGINS.staff}', 'Sanne Bench', $1, 'active', ${BASE} - interval '400 days', ${BASE})`,
      params: [passwordHash],
    },
    {
      sql: `insert into users (id, office_id, role, email, name, password_hash, status, phone, created_at, updated_at)
            select pg_temp.bench_uuid('client:' || i), ${office}, 'client', 'client-' || lpad(i::text, 4, '0') || '@bench.test',
                   (array['Jan','Anna','Pieter','Fatima','Kees','Sophie','Mohammed','Lotte','Willem','Emma'])[1 + i % 10] || ' ' ||
                   (array['Jansen','de Vries','Bakker','Visser','Smit','Meijer','de Boer','Mulder','Bos','Yilmaz','Peters','Hendriks'])[1 + (i / 10) % 12],
                   $1, 'active', '+316' || lpad((10000000 + i)::text, 8, '0'), ${BASE} - (i || ' hours')::interval, ${BASE}
            from generate_series(1, ${c.clients}) as i`,
      params: [passwordHash],
    },
    {
      sql: `insert into dossiers (id, office_id, reference, title, status, created_at, updated_at)
            select pg_temp.bench_uuid('dossier:' || d), ${office}, '2026-' || lpad(d::text, 5, '0'),
                   (array['Aankoop woning','Levering','Hypotheekakte','Testament','Oprichting bv'])[1 + d % 5] || ' ' ||
                   (array['Kerkstraat','Dorpsstraat','Molenweg','Stationsweg','Schoolstraat','Julianalaan','Beatrixstraat','Wilhelminastraat','Kastanjelaan','Emmastraat'])[1 + (d / 5) % 10] ||
                   ' ' || (1 + d % 120) || ', Voorbeeldstad',
                   case when d > 2 and d % 7 = 0 then 'closed'::dossier_status else 'open'::dossier_status end,
                   ${BASE} - (d || ' hours')::interval, ${BASE} - (d || ' minutes')::interval
            from generate_series(1, ${c.dossiers}) as d`,
    },
    {
      sql: `insert into dossier_clients (dossier_id, user_id, created_at)
            select pg_temp.bench_uuid('dossier:' || d), ${benchClient}, ${BASE} - interval '300 days' from generate_series(1, ${BENCH_CLIENT_DOSSIERS}) as d
            union all
            select pg_temp.bench_uuid('dossier:' || d), ${clientOfDossier("d")}, ${BASE} - interval '300 days'
            from generate_series(${BENCH_CLIENT_DOSSIERS + 1}, ${c.dossiers}) as d`,
    },
    // The big dossier: letters (Correspondentie) and documents (Documenten), no object bytes (never downloaded).
    ...(["correspondence", "document"] as const).map((kind) => {
      const name = kind === "correspondence" ? "big-letter" : "big-document";
      const count = kind === "correspondence" ? c.bigLetters : c.bigDocuments;
      const label = kind === "correspondence" ? "Brief" : "Stuk";
      return {
        sql: `insert into documents (id, office_id, dossier_id, kind, title, file_name, content_type, size, storage_key, created_by_id, created_at)
              select pg_temp.bench_uuid('${name}:' || i), ${office}, ${big}, '${kind}', '${label} ' || i || ' over de levering',
                     '${name}-' || lpad(i::text, 5, '0') || '.pdf', 'application/pdf', 20000 + (i * 7919) % 500000,
                     'o/' || ${office} || '/d/' || ${big} || '/' || pg_temp.bench_uuid('${name}:' || i), ${staff},
                     ${BASE} - (i || ' minutes')::interval
              from generate_series(1, ${count}) as i`,
      };
    }),
    // The small dossier: documents 2..n as rows only; document 1 (the download case) is inserted with its bytes' size.
    {
      sql: `insert into documents (id, office_id, dossier_id, kind, title, file_name, content_type, size, storage_key, created_by_id, created_at)
            select pg_temp.bench_uuid('small-document:' || i), ${office}, ${small}, 'document', 'Conceptakte deel ' || i,
                   'concept-' || i || '.pdf', 'application/pdf', 30000 + i * 1000,
                   'o/' || ${office} || '/d/' || ${small} || '/' || pg_temp.bench_uuid('small-document:' || i), ${staff},
                   ${BASE} - (i || ' hours')::interval
            from generate_series(2, ${c.smallDocuments}) as i`,
    },
    {
      sql: `insert into documents (id, office_id, dossier_id, kind, title, file_name, content_type, size, storage_key, created_by_id, created_at)
            values (pg_temp.bench_uuid('small-document:1'), ${office}, ${small}, 'document', 'Conceptakte deel 1', 'concept-1.pdf',
                    'application/pdf', $1, $2, ${staff}, ${BASE} - interval '1 hour')`,
      params: [DOWNLOAD_PDF.length, downloadStorageKey()],
    },
    // The big dossier's messages: every 5th is the bench client's own conversation with the office, the one after
    // it the office's answer in that conversation; the rest are office messages to the whole dossier.
    {
      sql: `insert into messages (id, office_id, dossier_id, author_id, subject, body, reply_to_id, thread_id, audience, created_at)
            select pg_temp.bench_uuid('big-message:' || i), ${office}, ${big},
                   case when i % 5 = 0 then ${benchClient} else ${staff} end,
                   case when i % 5 = 0 then 'Vraag ' || i || ' over de levering'
                        when i % 5 = 1 and i > 1 then 'Re: Vraag ' || (i - 1) || ' over de levering'
                        else 'Bericht ' || i || ' van het kantoor' end,
                   repeat('Dit is een bericht in het dossier met wat tekst over de stand van zaken. ', 1 + i % 6),
                   case when i % 5 = 1 and i > 1 then pg_temp.bench_uuid('big-message:' || (i - 1)) end,
                   case when i % 5 = 1 and i > 1 then pg_temp.bench_uuid('big-message:' || (i - 1)) else pg_temp.bench_uuid('big-message:' || i) end,
                   case when i % 5 in (0, 1) and i > 1 then 'recipients'::message_audience else 'dossier'::message_audience end,
                   ${BASE} - ((${c.bigMessages} - i) || ' minutes')::interval
            from generate_series(1, ${c.bigMessages}) as i`,
    },
    {
      sql: `insert into message_recipients (thread_id, user_id)
            select pg_temp.bench_uuid('big-message:' || i), ${benchClient} from generate_series(5, ${c.bigMessages}, 5) as i`,
    },
    {
      sql: `insert into message_reads (message_id, user_id, read_at)
            select pg_temp.bench_uuid('big-message:' || i), ${benchClient}, ${BASE} from generate_series(2, ${c.bigMessages}, 2) as i`,
    },
    // The small dossier's messages: the office's, to the whole dossier; every other one read by the bench client.
    {
      sql: `insert into messages (id, office_id, dossier_id, author_id, subject, body, thread_id, audience, created_at)
            select pg_temp.bench_uuid('small-message:' || i), ${office}, ${small}, ${staff}, 'Bericht ' || i || ' over de hypotheekakte',
                   repeat('Dit is een bericht over de conceptakte. ', 1 + i % 3), pg_temp.bench_uuid('small-message:' || i),
                   'dossier', ${BASE} - ((${c.smallMessages} - i) || ' hours')::interval
            from generate_series(1, ${c.smallMessages}) as i`,
    },
    {
      sql: `insert into message_reads (message_id, user_id, read_at)
            select pg_temp.bench_uuid('small-message:' || i), ${benchClient}, ${BASE} from generate_series(2, ${c.smallMessages}, 2) as i`,
    },
    // The rest of the office inbox: conversations clients started in their own dossiers; half read by the staff user.
    {
      sql: `insert into messages (id, office_id, dossier_id, author_id, subject, body, thread_id, audience, created_at)
            select pg_temp.bench_uuid('inbox-message:' || i), ${office}, pg_temp.bench_uuid('dossier:' || d), ${clientOfDossier("d")},
                   'Vraag over dossier 2026-' || lpad(d::text, 5, '0'),
                   repeat('Geachte notaris, ik heb een vraag over de conceptakte. ', 1 + i % 4),
                   pg_temp.bench_uuid('inbox-message:' || i), 'recipients', ${BASE} - (i || ' minutes')::interval
            from generate_series(1, ${otherInbox}) as i, lateral (select ${BENCH_CLIENT_DOSSIERS + 1} + ((i - 1) % ${otherDossiers}) as d) as x`,
    },
    {
      sql: `insert into message_recipients (thread_id, user_id)
            select pg_temp.bench_uuid('inbox-message:' || i), ${clientOfDossier("d")}
            from generate_series(1, ${otherInbox}) as i, lateral (select ${BENCH_CLIENT_DOSSIERS + 1} + ((i - 1) % ${otherDossiers}) as d) as x`,
    },
    {
      sql: `insert into message_reads (message_id, user_id, read_at)
            select pg_temp.bench_uuid('inbox-message:' || i), ${staff}, ${BASE} from generate_series(2, ${otherInbox}, 2) as i
            union all
            select pg_temp.bench_uuid('big-message:' || i), ${staff}, ${BASE} from generate_series(10, ${c.bigMessages}, 10) as i`,
    },
  ];
}

/** Where the download case's bytes live (the only object the bench puts in the store). */
export function downloadStorageKey(): string {
  return `o/${BENCH_IDS.office}/d/${BENCH_IDS.smallDossier}/${BENCH_IDS.downloadDocument}`;
}

/** Fills an empty, migrated bench database. */
export async function seedBench(url: string): Promise<void> {
  const passwordHash = await hashPassword(BENCH_LOGINS.password);
  // One connection: the pg_temp function lives in its session.
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client.begin(async (tx) => {
      for (const statement of statements(passwordHash)) await tx.unsafe(statement.sql, statement.params ?? []);
    });
    await client.unsafe("analyze");
  } finally {
    await client.end({ timeout: 5 });
  }
}
