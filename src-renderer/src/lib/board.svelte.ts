import { groupByColumn } from '../../../src-shared/domain/board';
import type { BoardColumn, JobCard, NewJob } from '../../../src-shared/domain/job';
import { call, errorMessage } from './api';

class BoardState {
  columns = $state<BoardColumn[]>([]);
  cards = $state<JobCard[]>([]);
  status = $state<'loading' | 'ready' | 'failed'>('loading');
  loadError = $state<string | null>(null);

  grouped = $derived(groupByColumn(this.columns, this.cards));

  async load(): Promise<void> {
    try {
      const board = await call('getBoard');
      this.columns = board.columns;
      this.cards = board.cards;
      this.status = 'ready';
      this.loadError = null;
    } catch (error) {
      this.status = 'failed';
      this.loadError = errorMessage(error);
    }
  }

  async addJob(job: NewJob): Promise<JobCard> {
    const card = await call('addJob', job);
    this.cards.push(card);
    return card;
  }
}

export const board = new BoardState();
