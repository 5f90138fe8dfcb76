// Structure of the commentary on the Law on Defence and Security Industry and Industrial Mobilisation.
import { describe, expect, it } from 'vitest';
import { ingestSource } from './sources';

const doc = ingestSource('law-dsi-2024-commentary');
const get = (eId: string) => doc.nodes.find((n) => n.eId === eId);

describe('commentary structure', () => {
  it('opens with the dateline and the title, then four intro paragraphs', () => {
    expect(doc.nodes.slice(0, 6).map((n) => [n.eId, n.kind])).toEqual([
      ['dateline', 'dateline'],
      ['title', 'title'],
      ['intro__p_1', 'paragraph'],
      ['intro__p_2', 'paragraph'],
      ['intro__p_3', 'paragraph'],
      ['intro__p_4', 'paragraph'],
    ]);
    expect(get('dateline')?.text).toBe('Friday, July 11, 2025, 07:02 (GMT+7)');
    expect(get('title')?.text).toBe(
      'Strengthening the implementation of the Law on Defence and Security Industry and Industrial Mobilisation',
    );
    expect(get('intro__p_1')?.text).toMatch(
      /^The Law on Defence and Security Industry and Industrial Mobilisation was adopted/,
    );
  });

  it('has the seven numbered tasks as sections headed by their sentence', () => {
    const sections = doc.nodes.filter((n) => n.kind === 'section');
    expect(sections.map((s) => s.eId)).toEqual([
      'sec_1',
      'sec_2',
      'sec_3',
      'sec_4',
      'sec_5',
      'sec_6',
      'sec_7',
    ]);
    expect(sections[0]?.heading).toBe(
      'Urgently finalising legal documents guiding the Law’s implementation to ensure practicality, consistency, and efficiency.',
    );
    expect(sections[6]?.heading).toBe(
      'Establishing flexible and effective industrial mobilisation mechanisms.',
    );
    expect(doc.nodes.filter((n) => n.parentEId === 'sec_3').map((n) => n.eId)).toEqual([
      'sec_3__p_1',
      'sec_3__p_2',
    ]);
  });

  it('keeps the photo caption as a caption node between the paragraphs of task 1', () => {
    expect(doc.nodes.filter((n) => n.parentEId === 'sec_1').map((n) => [n.eId, n.kind])).toEqual([
      ['sec_1__p_1', 'paragraph'],
      ['sec_1__caption_1', 'caption'],
      ['sec_1__p_2', 'paragraph'],
      ['sec_1__p_3', 'paragraph'],
    ]);
    expect(get('sec_1__caption_1')?.text).toBe(
      'Sr. Lt. Gen. Pham Hoai Nam speaks at a conference on the establishment of the Law (Photo: qdnd.vn)',
    );
  });

  it('ends with the author line and nothing of the web page', () => {
    const last = doc.nodes[doc.nodes.length - 1];
    expect(last?.eId).toBe('author');
    expect(last?.text).toMatch(
      /^Senior Lieutenant General PHAM HOAI NAM, Member of the Party Central Committee/,
    );
    expect(doc.nodes.some((n) => n.text.includes('Your Comment'))).toBe(false);
    expect(doc.nodes.some((n) => n.text.includes('General Uprising'))).toBe(false);
  });
});
