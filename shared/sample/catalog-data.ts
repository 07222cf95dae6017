/*
 * Word lists for sample listings. Brands are invented; product wording follows what Chinese
 * marketplaces and their English cross-border listings actually say.
 */

export interface Pair {
  zh: string;
  en: string;
}

/** An option value with the short code merchants put into SKU codes (SPU-BK-M). */
export interface OptionValue extends Pair {
  code: string;
}

export interface AxisDef {
  name: string;
  values: readonly OptionValue[];
  /** Sizes are picked as a contiguous run (M, L, XL), everything else as any subset. */
  isRun: boolean;
}

export type SizeChartKind = 'top' | 'bottom' | 'shoe';

export interface SpecDef {
  name: string;
  values: readonly string[];
  unit?: string;
}

export interface ProductKind {
  leaf: string;
  name: Pair;
  materials: readonly Pair[];
  styles: readonly Pair[];
  /** Selling price range in CNY. */
  price: readonly [number, number];
  /** The axis after colour (size, spec, model…); absent for colour-only products. */
  second?: AxisDef;
  sizeChart?: SizeChartKind;
  /** Season codes this product is launched in (no down jackets in spring); all when absent. */
  seasons?: readonly string[];
}

export interface Category {
  /** SPU code prefix. */
  code: string;
  name: string;
  audience?: Pair;
  isSeasonal: boolean;
  bullets: readonly Pair[];
  specs: readonly SpecDef[];
  kinds: readonly ProductKind[];
}

const v = (zh: string, en: string, code: string): OptionValue => ({ zh, en, code });
const p = (zh: string, en: string): Pair => ({ zh, en });
const sizes = (...list: string[]): OptionValue[] => list.map((s) => v(s, s, s));

export const COLOURS: readonly OptionValue[] = [
  v('黑色', 'Black', 'BK'), v('白色', 'White', 'WH'), v('燕麦色', 'Oatmeal', 'OT'), v('驼色', 'Camel', 'CM'),
  v('藏青', 'Navy', 'NV'), v('雾霾蓝', 'Haze Blue', 'HB'), v('酒红', 'Burgundy', 'BD'), v('墨绿', 'Forest Green', 'FG'),
  v('奶油白', 'Cream', 'CR'), v('浅灰', 'Light Grey', 'LG'), v('卡其', 'Khaki', 'KH'), v('樱花粉', 'Blush Pink', 'PK'),
];

const APPAREL_SIZES: AxisDef = { name: '尺码', values: sizes('XS', 'S', 'M', 'L', 'XL', '2XL', '3XL'), isRun: true };
const SHOE_SIZES: AxisDef = { name: '尺码', values: sizes('35', '36', '37', '38', '39', '40', '41', '42', '43', '44'), isRun: true };

const SEASON_SPEC: SpecDef = { name: '适用季节', values: ['春秋', '秋冬', '冬季', '夏季', '四季通用'] };
const ORIGIN_SPEC: SpecDef = { name: '产地', values: ['浙江杭州', '广东广州', '浙江桐乡', '江苏常熟', '福建晋江', '广东深圳', '浙江义乌'] };

export const CATEGORIES: readonly Category[] = [
  {
    code: 'WM', name: '女装', audience: p('女士', "Women's"), isSeasonal: true,
    bullets: [
      p('亲肤柔软，不扎不起球', 'Soft against the skin, no itch, resists pilling'), p('宽松版型，遮肉显瘦', 'Relaxed cut that flatters every shape'),
      p('多色可选，百搭通勤', 'Versatile colours for work and weekend'), p('支持七天无理由退换', '7-day no-questions-asked returns'),
      p('精细走线，做工考究', 'Neat stitching and careful finishing'),
    ],
    specs: [SEASON_SPEC, ORIGIN_SPEC, { name: '厚薄', values: ['常规', '加厚', '薄款'] }],
    kinds: [
      { leaf: '毛衣', name: p('高领毛衣', 'Turtleneck Sweater'), materials: [p('羊毛混纺', 'Wool-Blend'), p('羊绒', 'Cashmere'), p('马海毛', 'Mohair')], styles: [p('宽松显瘦', 'Relaxed Fit'), p('慵懒风', 'Oversized'), p('修身打底', 'Slim Fit')], price: [159, 699], second: APPAREL_SIZES, sizeChart: 'top', seasons: ['F', 'W'] },
      { leaf: '连衣裙', name: p('碎花连衣裙', 'Floral Midi Dress'), materials: [p('雪纺', 'Chiffon'), p('棉麻', 'Cotton-Linen'), p('醋酸', 'Acetate')], styles: [p('法式复古', 'French Vintage'), p('收腰显瘦', 'Cinched Waist')], price: [129, 499], second: APPAREL_SIZES, sizeChart: 'top', seasons: ['S', 'U', 'F'] },
      { leaf: '外套', name: p('双面呢大衣', 'Double-Faced Coat'), materials: [p('羊毛', 'Wool'), p('羊驼毛混纺', 'Alpaca-Blend')], styles: [p('中长款', 'Mid-Length'), p('茧型廓形', 'Cocoon Silhouette')], price: [599, 1899], second: APPAREL_SIZES, sizeChart: 'top', seasons: ['F', 'W'] },
      { leaf: '裤装', name: p('阔腿裤', 'Wide-Leg Trousers'), materials: [p('西装面料', 'Suiting'), p('灯芯绒', 'Corduroy'), p('牛仔', 'Denim')], styles: [p('高腰垂感', 'High-Rise Drape'), p('显高直筒', 'Straight Leg')], price: [99, 399], second: APPAREL_SIZES, sizeChart: 'bottom' },
    ],
  },
  {
    code: 'MN', name: '男装', audience: p('男士', "Men's"), isSeasonal: true,
    bullets: [
      p('精选面料，透气不闷', 'Breathable fabric, comfortable all day'), p('立体剪裁，活动自如', 'Tailored cut with room to move'),
      p('耐洗不变形', 'Keeps its shape wash after wash'), p('简约设计，百搭不挑人', 'Clean design that goes with everything'),
    ],
    specs: [SEASON_SPEC, ORIGIN_SPEC, { name: '版型', values: ['宽松', '常规', '修身'] }],
    kinds: [
      { leaf: 'T恤', name: p('圆领短袖T恤', 'Crew-Neck T-Shirt'), materials: [p('纯棉', 'Cotton'), p('新疆长绒棉', 'Xinjiang Long-Staple Cotton')], styles: [p('重磅宽松', 'Heavyweight Relaxed'), p('基础百搭', 'Essential')], price: [59, 199], second: APPAREL_SIZES, sizeChart: 'top', seasons: ['S', 'U'] },
      { leaf: '卫衣', name: p('连帽卫衣', 'Pullover Hoodie'), materials: [p('毛圈棉', 'French Terry'), p('加绒', 'Fleece-Lined')], styles: [p('落肩宽松', 'Drop-Shoulder'), p('美式复古', 'Vintage Wash')], price: [129, 399], second: APPAREL_SIZES, sizeChart: 'top', seasons: ['S', 'F', 'W'] },
      { leaf: '羽绒服', name: p('短款羽绒服', 'Short Down Jacket'), materials: [p('90白鸭绒', '90% White Duck Down'), p('白鹅绒', 'White Goose Down')], styles: [p('立领防风', 'Stand Collar'), p('轻薄保暖', 'Lightweight Warm')], price: [399, 1599], second: APPAREL_SIZES, sizeChart: 'top', seasons: ['F', 'W'] },
      { leaf: '休闲裤', name: p('休闲长裤', 'Chino Pants'), materials: [p('弹力棉', 'Stretch Cotton'), p('冰丝', 'Ice Silk')], styles: [p('直筒显瘦', 'Straight Fit'), p('束脚工装', 'Tapered Cargo')], price: [99, 329], second: APPAREL_SIZES, sizeChart: 'bottom' },
    ],
  },
  {
    code: 'SH', name: '鞋靴', isSeasonal: true,
    bullets: [
      p('缓震回弹，久走不累', 'Cushioned sole for all-day walking'), p('防滑耐磨大底', 'Slip-resistant, hard-wearing outsole'),
      p('标准尺码，可参考脚长选购', 'True to size; choose by foot length'), p('透气内里，干爽不闷脚', 'Breathable lining keeps feet dry'),
    ],
    specs: [{ name: '鞋底材质', values: ['橡胶', 'EVA', '橡胶+EVA', 'TPR'] }, { name: '跟高', values: ['2', '3', '4.5', '6'], unit: 'cm' }, ORIGIN_SPEC],
    kinds: [
      { leaf: '运动鞋', name: p('跑步鞋', 'Running Shoes'), materials: [p('飞织', 'Knit Mesh'), p('网面', 'Breathable Mesh')], styles: [p('轻量缓震', 'Lightweight Cushioned'), p('透气防滑', 'Breathable Non-Slip')], price: [199, 799], second: SHOE_SIZES, sizeChart: 'shoe' },
      { leaf: '靴子', name: p('切尔西靴', 'Chelsea Boots'), materials: [p('头层牛皮', 'Full-Grain Leather'), p('麂皮', 'Suede')], styles: [p('厚底增高', 'Platform'), p('英伦复古', 'British Classic')], price: [299, 999], second: SHOE_SIZES, sizeChart: 'shoe', seasons: ['F', 'W'] },
      { leaf: '单鞋', name: p('乐福鞋', 'Loafers'), materials: [p('软牛皮', 'Soft Leather'), p('漆皮', 'Patent Leather')], styles: [p('一脚蹬', 'Slip-On'), p('复古方头', 'Square Toe')], price: [199, 699], second: SHOE_SIZES, sizeChart: 'shoe' },
    ],
  },
  {
    code: 'BG', name: '箱包', isSeasonal: false,
    bullets: [
      p('大容量分区收纳', 'Roomy with organised compartments'), p('五金顺滑耐用', 'Smooth, durable hardware'),
      p('防泼水面料', 'Water-repellent fabric'), p('轻便不压肩', 'Light on the shoulders'),
    ],
    specs: [{ name: '尺寸', values: ['32×12×28', '28×10×22', '45×20×30', '24×8×16'], unit: 'cm' }, { name: '重量', values: ['420', '680', '950', '1200'], unit: 'g' }, ORIGIN_SPEC],
    kinds: [
      { leaf: '托特包', name: p('托特包', 'Tote Bag'), materials: [p('帆布', 'Canvas'), p('头层牛皮', 'Leather')], styles: [p('通勤大容量', 'Large Commuter'), p('极简', 'Minimalist')], price: [89, 899] },
      { leaf: '双肩包', name: p('双肩包', 'Backpack'), materials: [p('尼龙', 'Nylon'), p('牛津布', 'Oxford Cloth')], styles: [p('15.6英寸电脑包', 'Fits 15.6" Laptop'), p('轻便旅行', 'Travel')], price: [129, 599] },
      { leaf: '斜挎包', name: p('斜挎包', 'Crossbody Bag'), materials: [p('超纤皮', 'Vegan Leather'), p('尼龙', 'Nylon')], styles: [p('小众设计', 'Designer'), p('百搭', 'Everyday')], price: [79, 459] },
      { leaf: '行李箱', name: p('拉杆箱', 'Hardside Suitcase'), materials: [p('PC', 'Polycarbonate'), p('铝框', 'Aluminium-Frame')], styles: [p('静音万向轮', 'Silent Spinner Wheels'), p('TSA海关锁', 'TSA Lock')], price: [299, 1299], second: { name: '尺寸', values: [v('20英寸', '20"', '20'), v('24英寸', '24"', '24'), v('28英寸', '28"', '28')], isRun: true } },
    ],
  },
  {
    code: 'HM', name: '家居', isSeasonal: false,
    bullets: [
      p('A类标准，婴幼儿可用', 'Class A safety standard, baby-safe'), p('柔软亲肤，越洗越软', 'Soft and gets softer with every wash'),
      p('简约北欧风', 'Clean Scandinavian look'), p('送礼自用两相宜', 'A thoughtful gift or a treat for yourself'),
    ],
    specs: [ORIGIN_SPEC, { name: '包装', values: ['礼盒装', '简装', '环保袋装'] }],
    kinds: [
      { leaf: '床上用品', name: p('床品四件套', '4-Piece Bedding Set'), materials: [p('全棉', '100% Cotton'), p('水洗棉', 'Washed Cotton'), p('天丝', 'Tencel')], styles: [p('纯色简约', 'Solid Colour'), p('北欧风', 'Nordic')], price: [199, 899], second: { name: '规格', values: [v('1.5m床', '1.5 m Bed', '150'), v('1.8m床', '1.8 m Bed', '180'), v('2.0m床', '2.0 m Bed', '200')], isRun: true } },
      { leaf: '浴室用品', name: p('浴巾毛巾套装', 'Bath Towel Set'), materials: [p('长绒棉', 'Long-Staple Cotton'), p('竹纤维', 'Bamboo Fibre')], styles: [p('强吸水', 'Highly Absorbent'), p('酒店同款', 'Hotel Quality')], price: [49, 259] },
      { leaf: '餐具', name: p('马克杯', 'Mug'), materials: [p('釉下彩陶瓷', 'Underglaze Ceramic'), p('骨瓷', 'Bone China'), p('粗陶', 'Stoneware')], styles: [p('手绘', 'Hand-Painted'), p('简约ins风', 'Minimal')], price: [29, 129], second: { name: '容量', values: [v('350ml', '350 ml', '350'), v('450ml', '450 ml', '450')], isRun: false } },
      { leaf: '香薰', name: p('香薰蜡烛', 'Scented Candle'), materials: [p('大豆蜡', 'Soy Wax'), p('椰子蜡', 'Coconut Wax')], styles: [p('助眠', 'Calming'), p('无烟', 'Clean-Burning')], price: [59, 229] },
    ],
  },
  {
    code: 'DG', name: '数码配件', isSeasonal: false,
    bullets: [
      p('3C认证，安全放心', 'CCC certified for safe charging'), p('精准开孔，按键灵敏', 'Precise cut-outs and responsive buttons'),
      p('一年质保，只换不修', '1-year warranty: replacement, not repair'), p('轻薄便携', 'Slim and easy to carry'),
    ],
    specs: [{ name: '重量', values: ['28', '45', '96', '160'], unit: 'g' }, ORIGIN_SPEC, { name: '保修期', values: ['12', '18', '24'], unit: '个月' }],
    kinds: [
      { leaf: '手机壳', name: p('手机壳', 'Phone Case'), materials: [p('液态硅胶', 'Liquid Silicone'), p('磨砂TPU', 'Matte TPU')], styles: [p('全包防摔', 'Shockproof'), p('磁吸', 'MagSafe-Compatible')], price: [29, 129], second: { name: '适用机型', values: [v('iPhone 16', 'iPhone 16', 'I16'), v('iPhone 16 Pro', 'iPhone 16 Pro', 'I16P'), v('iPhone 16 Pro Max', 'iPhone 16 Pro Max', 'I16PM'), v('小米15', 'Xiaomi 15', 'MI15')], isRun: false } },
      { leaf: '充电器', name: p('氮化镓充电器', 'GaN Charger'), materials: [p('阻燃PC', 'Flame-Retardant PC')], styles: [p('多口快充', 'Multi-Port Fast Charging'), p('折叠插脚', 'Foldable Plug')], price: [69, 299], second: { name: '功率', values: [v('35W', '35 W', '35W'), v('65W', '65 W', '65W'), v('100W', '100 W', '100W')], isRun: true } },
      { leaf: '耳机', name: p('蓝牙耳机', 'Wireless Earbuds'), materials: [p('亲肤硅胶', 'Soft Silicone')], styles: [p('主动降噪', 'Active Noise Cancelling'), p('超长续航', 'Long Battery Life')], price: [99, 599] },
      { leaf: '数据线', name: p('Type-C数据线', 'USB-C Cable'), materials: [p('编织', 'Braided'), p('硅胶', 'Silicone')], styles: [p('60W快充', '60 W Fast Charging'), p('耐弯折', 'Tangle-Free')], price: [19, 89], second: { name: '长度', values: [v('1m', '1 m', '1M'), v('2m', '2 m', '2M')], isRun: true } },
    ],
  },
  {
    code: 'SP', name: '运动户外', isSeasonal: true,
    bullets: [
      p('四面弹力，自由伸展', 'Four-way stretch for full range of motion'), p('速干排汗', 'Quick-dry, wicks sweat'),
      p('防风防泼水', 'Windproof and water-repellent'), p('反光细节，夜跑更安全', 'Reflective details for night runs'),
    ],
    specs: [SEASON_SPEC, ORIGIN_SPEC, { name: '防水指数', values: ['5000', '10000', '20000'], unit: 'mm' }],
    kinds: [
      { leaf: '瑜伽服', name: p('瑜伽裤', 'Yoga Leggings'), materials: [p('锦纶氨纶', 'Nylon-Spandex'), p('裸感', 'Buttery-Soft')], styles: [p('高腰提臀', 'High-Waisted'), p('无尴尬线', 'Seamless Front')], price: [89, 329], second: APPAREL_SIZES, sizeChart: 'bottom' },
      { leaf: '户外服', name: p('冲锋衣', 'Waterproof Shell Jacket'), materials: [p('三合一', '3-in-1'), p('硬壳', 'Hardshell')], styles: [p('防风防水', 'Windproof'), p('可拆卸帽', 'Detachable Hood')], price: [299, 1299], second: APPAREL_SIZES, sizeChart: 'top', seasons: ['S', 'F', 'W'] },
    ],
  },
];

export const BRANDS: readonly string[] = [
  '栖木 QIMU', '北纬三十', '素言 SUYAN', '云织 CloudWeave', '拾光', '山野集', '鹿屿 Deerisle', '橙几', '半亩 HALF ACRE', '木舍', 'NORTHLIGHT', '朴一',
];

/** `code` is the season letter in SPU codes (WM26F-00012); all-season categories use A. */
export const SEASONS: readonly (Pair & { tag: string; code: string })[] = [
  { zh: '春季', en: 'Spring', tag: '春夏', code: 'S' }, { zh: '夏季', en: 'Summer', tag: '春夏', code: 'U' },
  { zh: '秋季', en: 'Autumn', tag: '秋冬', code: 'F' }, { zh: '冬季', en: 'Winter', tag: '秋冬', code: 'W' },
];

/** Tags besides the season tag; weights make 新品 common and 清仓 rare, as in a real catalog. */
export const TAGS: readonly (readonly [string, number])[] = [
  ['新品', 0.45], ['爆款', 0.15], ['直播', 0.2], ['cross-border', 0.12], ['预售', 0.08], ['基础款', 0.15],
  ['清仓', 0.04], ['联名', 0.05], ['618', 0.1], ['双11', 0.12], ['达人推荐', 0.06],
];

export const SIZE_CHART_ROWS: Record<SizeChartKind, readonly { name: string; base: number; step: number }[]> = {
  top: [{ name: '胸围', base: 84, step: 4 }, { name: '衣长', base: 60, step: 2 }, { name: '肩宽', base: 38, step: 1 }, { name: '袖长', base: 57, step: 1 }],
  bottom: [{ name: '腰围', base: 64, step: 4 }, { name: '臀围', base: 90, step: 4 }, { name: '裤长', base: 96, step: 2 }],
  shoe: [{ name: '脚长', base: 22, step: 0.5 }, { name: '脚宽', base: 8.5, step: 0.2 }],
};
