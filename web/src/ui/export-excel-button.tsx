import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { problemOf } from '../api/problem';
import { problemMessage } from '../i18n/problems';
import { downloadFile } from '../lib/download';
import { notifyFailure } from './notify';

/** Downloads a spreadsheet the API builds (`url`), busy while it comes; a refusal is said in a notification. */
export function ExportExcelButton({ url, fileName, children }: { url: string; fileName: string; children: ReactNode }) {
  const [exporting, setExporting] = useState(false);
  const exportExcel = async () => {
    setExporting(true);
    try {
      await downloadFile(url, fileName);
    } catch (error) {
      notifyFailure(`Không xuất được tệp Excel: ${problemMessage(problemOf(error))}`);
    } finally {
      setExporting(false);
    }
  };
  return (
    <Button
      variant="light"
      leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
      loading={exporting}
      onClick={() => void exportExcel()}
    >
      {children}
    </Button>
  );
}
