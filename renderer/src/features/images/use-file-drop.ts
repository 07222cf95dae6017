import { useCallback, useRef, useState, type DragEvent } from 'react';
import { api } from '../../lib/api';
import type { ImportSource } from './run-intake';

function hasFiles(e: DragEvent): boolean {
  return [...e.dataTransfer.types].includes('Files');
}

/**
 * Dropped or pasted files as import sources. In Electron a File maps to its path on disk (folders
 * too: the asset store walks them), so big photos never cross IPC as bytes; a File with no path
 * (an image dragged out of a browser, a pasted screenshot) is read here and sent as bytes.
 */
export async function sourcesFromFiles(files: readonly File[]): Promise<ImportSource[]> {
  const paths: string[] = [];
  const sources: ImportSource[] = [];
  for (const file of files) {
    const path = api.files.pathFor(file);
    if (path) paths.push(path);
    else sources.push({ kind: 'bytes', name: file.name || 'pasted.png', bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return paths.length > 0 ? [{ kind: 'paths', paths }, ...sources] : sources;
}

/** Drag-and-drop handlers for an element; `isActive` while files are held over it. */
export function useFileDrop(onSources: (sources: ImportSource[]) => void) {
  const [isActive, setIsActive] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them so the highlight does not flicker.
  const depth = useRef(0);

  const onDragEnter = useCallback((e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth.current += 1;
    setIsActive(true);
  }, []);
  const onDragOver = useCallback((e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDragLeave = useCallback((e: DragEvent) => {
    if (!hasFiles(e)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setIsActive(false);
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      // The catalog also listens; a drop on a listing's zone is that listing's, not the catalog's.
      e.stopPropagation();
      depth.current = 0;
      setIsActive(false);
      const files = [...e.dataTransfer.files];
      if (files.length > 0) void sourcesFromFiles(files).then(onSources);
    },
    [onSources],
  );

  return { isActive, handlers: { onDragEnter, onDragOver, onDragLeave, onDrop } };
}
