import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import { DocumentTabPage, type TabPageProps } from "../document-tab-page";

export default function ClientCorrespondencePage(props: TabPageProps) {
  return (
    <AreaIntlProvider area="portal.documents">
      <DocumentTabPage {...props} kind="correspondence" />
    </AreaIntlProvider>
  );
}
