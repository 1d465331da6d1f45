import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings, type Settings } from '../../utils/settings';

/** The stored settings, kept live (another popup, another device, the background). Null while loading. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    void loadSettings().then((loaded) => alive && setSettings(loaded));
    const unwatch = watchSettings((next) => setSettings(next));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return settings;
}
