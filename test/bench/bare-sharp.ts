/*
 * The bench:images baseline: a bare sharp script in its own process (same env as a pool worker:
 * MALLOC_ARENA_MAX=2, cache off, concurrency 1 per image, `lanes` images at once). It receives
 * chunks of work over IPC so the benchmark can interleave it with the pool under the same load.
 */
import sharp from 'sharp';

interface Task { path: string; width: number; height: number; outPath: string }
const WHITE = { r: 255, g: 255, b: 255, alpha: 1 };

sharp.cache(false);
sharp.concurrency(1);

async function renderBare(task: Task): Promise<void> {
  await sharp(task.path, { limitInputPixels: 100_000_000, failOn: 'warning' })
    .autoOrient()
    .resize(task.width, task.height, { fit: 'contain', background: WHITE })
    .flatten({ background: WHITE })
    .toColourspace('srgb')
    .jpeg({ quality: 90, mozjpeg: false, progressive: true })
    .toFile(task.outPath);
}

process.on('message', (message: { tasks: Task[]; lanes: number }) => {
  let next = 0;
  void Promise.all(Array.from({ length: message.lanes }, async () => {
    while (next < message.tasks.length) {
      const task = message.tasks[next++];
      if (task) await renderBare(task);
    }
  })).then(() => process.send?.({ done: true }));
});
process.on('disconnect', () => process.exit(0));
