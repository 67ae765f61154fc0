import { ClientDocumentTabPage, type TabPageProps } from "@/components/portal/client-document-tab";

export default function ClientDocumentsPage(props: TabPageProps) {
  return <ClientDocumentTabPage {...props} kind="document" />;
}
