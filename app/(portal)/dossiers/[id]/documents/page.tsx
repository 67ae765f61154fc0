import { DocumentTabPage, type TabPageProps } from "../document-tab-page";

export default function ClientDocumentsPage(props: TabPageProps) {
  return <DocumentTabPage {...props} kind="document" />;
}
