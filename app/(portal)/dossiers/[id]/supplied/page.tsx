import { ClientDocumentTabPage, type TabPageProps } from "@/components/portal/client-document-tab";

export default function ClientSuppliedPage(props: TabPageProps) {
  return <ClientDocumentTabPage {...props} kind="supplied" />;
}
