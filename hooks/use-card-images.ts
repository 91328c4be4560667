import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type LeadImage, loadLeadImage, loadSiteIcon, type SiteIcon } from '@/utils/card/images';

/**
 * The article's photo for the card, when it has one. `allow` asks the reader for the photo's site when
 * the extension may not read it (a CDN), and loads it on a yes; it must run in the click.
 */
export function useLeadImage(url: string | undefined) {
  const [image, setImage] = useState<LeadImage>({ state: 'none' });
  useEffect(() => {
    if (url) void loadLeadImage(url).then(setImage);
  }, [url]);
  const allow = async () => {
    if (image.state !== 'blocked' || !url) return;
    const granted = await browser.permissions.request({ origins: [`${image.origin}/*`] });
    if (granted) setImage(await loadLeadImage(url));
  };
  return { image, allow };
}

/** The site's icon for the card: from the browser's favicon cache (Chrome) or the page's own (Firefox). */
export function useSiteIcon(pageUrl: string | undefined, declared: string | undefined): SiteIcon {
  const [icon, setIcon] = useState<SiteIcon>({ state: 'loading' });
  useEffect(() => {
    if (pageUrl) {
      void loadSiteIcon(pageUrl, declared, {
        firefox: import.meta.env.FIREFOX,
        origin: location.origin,
      }).then(setIcon);
    } else setIcon({ state: 'none' });
  }, [pageUrl, declared]);
  return icon;
}
