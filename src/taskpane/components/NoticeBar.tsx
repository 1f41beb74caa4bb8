/** The pane's single MessageBar: refusals, errors and confirmations. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Notice } from '../notice';

export function NoticeBar({ notice }: { notice: Notice }) {
  return (
    <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}
      </MessageBarBody>
    </MessageBar>
  );
}
