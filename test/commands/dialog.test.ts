/**
 * @jest-environment jsdom
 */
import { messageFromSearch, renderDialog } from '../../src/dialog/dialog';

describe('the message dialog', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    const main = document.createElement('main');
    main.id = 'message';
    document.body.appendChild(main);
  });

  it('shows the ?m= message as text, with line breaks kept', () => {
    renderDialog(document, `?m=${encodeURIComponent('自评得分 94.46，等级：优。\n需调整目标 2 项')}`);
    const text = document.querySelector('#message p');
    expect(text?.textContent).toBe('自评得分 94.46，等级：优。\n需调整目标 2 项');
  });

  it('never interprets the message as HTML', () => {
    renderDialog(document, `?m=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(document.querySelector('#message img')).toBeNull();
    expect(document.querySelector('#message p')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('has a focused 关闭 / Close button that asks the command to close the dialog', () => {
    const messageParent = jest.fn();
    (globalThis as Record<string, unknown>).Office = { context: { ui: { messageParent } } };
    renderDialog(document, '?m=x');
    const button = document.querySelector('#message button') as HTMLButtonElement;
    expect(button.textContent).toBe('关闭 / Close');
    expect(document.activeElement).toBe(button);
    button.click();
    expect(messageParent).toHaveBeenCalledWith('close');
    delete (globalThis as Record<string, unknown>).Office;
  });

  it('has a fallback text when opened without a message', () => {
    expect(messageFromSearch('')).toBe('评分已结束。(Scoring finished.)');
  });
});
