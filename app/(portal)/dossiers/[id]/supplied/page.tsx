import { DocumentTabPage, type TabPageProps } from "../document-tab-page";

export default function ClientSuppliedPage(props: TabPageProps) {
  return <DocumentTabPage {...props} kind="supplied" />;
}
