import { ClientDocumentTabPage, type TabPageProps } from "@/components/portal/client-document-tab";

export default function ClientCorrespondencePage(props: TabPageProps) {
  return <ClientDocumentTabPage {...props} kind="correspondence" />;
}
