import { DocumentTabPage, type TabPageProps } from "../document-tab-page";

export default function ClientCorrespondencePage(props: TabPageProps) {
  return <DocumentTabPage {...props} kind="correspondence" />;
}
