import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import { DocumentTabPage, type TabPageProps } from "../document-tab-page";

export default function ClientSuppliedPage(props: TabPageProps) {
  return (
    <AreaIntlProvider area="portal.documents">
      <DocumentTabPage {...props} kind="supplied" />
    </AreaIntlProvider>
  );
}
