// The heap sizes every batch worker thread gets (see `WorkerPoolOptions`).

/**
 * A worker's old-generation heap, in MB. What a worker keeps alive (its word memos, the stories of
 * a task) stays under ~250 MB on the bench corpora; without a cap V8 lets each worker's heap grow to
 * several times that before collecting (57k articles, whole dossier: peak 2,886 MB with no cap,
 * 2,185 MB with 512, 1,926 MB with 256 at 15 % more CPU). A task that needs more than the cap (a
 * story of thousands of articles) kills its worker and runs on the calling thread instead.
 */
export const WORKER_HEAP_MB = 512;

/**
 * A worker's young-generation heap, in MB. V8 gives a worker 48 MB (16 MB semi-spaces), so much of a
 * story's working data outlives a scavenge and is copied. Measured on 57k articles (`both`, 2
 * workers, whole dossier, several runs each): 48 MB 622–656 articles/s, peak 1,765–1,808 MB; 64 MB
 * 647–673 art/s, 1,856–1,932 MB; 96 MB 660–685 art/s, 1,863–2,017 MB; 128 MB ~700 art/s, 2,106–2,181
 * MB. 64 keeps most of the gain with the peak under 2 GB.
 */
export const WORKER_YOUNG_MB = 64;
