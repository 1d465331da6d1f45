// Unit tests run without the extension APIs: the English table answers t() (utils/english-messages.ts).
import { registerEnglishFallback } from '../../utils/english-messages.ts';

registerEnglishFallback();
