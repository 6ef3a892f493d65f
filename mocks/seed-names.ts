/** Name parts per writing system, for generated users; a name is a given name and a family name. */
export interface NamePool {
  given: readonly string[];
  family: readonly string[];
  /** Family name first, no space (as written in Chinese, Japanese and Korean). */
  familyFirst?: boolean;
}

export const NAME_POOLS: readonly NamePool[] = [
  {
    given: ['Olivia', 'Liam', 'Emma', 'Noah', 'Sofia', 'Lucas', 'Chloé', 'Mateo', 'Zoë', 'Björn'],
    family: ['García', 'Smith', 'Müller', 'Rossi', 'Dubois', 'Kowalski', 'Silva', 'Nguyen'],
  },
  {
    given: ['伟', '芳', '娜', '秀英', '敏', '静', '强', '磊', '洋', '婷'],
    family: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵'],
    familyFirst: true,
  },
  {
    given: ['ゆき', '陽翔', 'さくら', '蓮', '結衣', 'はると', '美咲', '大翔'],
    family: ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺'],
    familyFirst: true,
  },
  {
    given: ['민지', '서준', '지우', '하준', '서연', '도윤', '수아'],
    family: ['김', '이', '박', '최', '정', '강'],
    familyFirst: true,
  },
  {
    given: ['ليلى', 'محمد', 'فاطمة', 'أحمد', 'نور', 'يوسف', 'مريم'],
    family: ['حداد', 'العلي', 'منصور', 'خوري', 'الهاشمي'],
  },
  {
    given: ['נועה', 'איתי', 'תמר', 'יונתן', 'מאיה', 'אריאל'],
    family: ['לוי', 'כהן', 'מזרחי', 'פרץ', 'ביטון'],
  },
  {
    given: ['Иван', 'Анна', 'Дмитрий', 'Мария', 'Алексей', 'Ольга', 'Сергей'],
    family: ['Петров', 'Иванова', 'Смирнов', 'Кузнецова', 'Попов'],
  },
];

export const EMOJI = ['✨', '🌸', '🎧', '🚀', '🐱', '🌈', '🍜', '⚽', '🎮', '👩‍💻', '🏳️‍🌈', '🇯🇵'];

export const SIGNATURES = [
  'Coffee first, code second.',
  '今天也要加油！',
  '毎日が冒険です。',
  '오늘도 좋은 하루 되세요 🙂',
  'أحب السفر والقراءة',
  'צלם חובב ואוהב קפה',
  'Люблю горы и хорошие книги.',
  'Building things on the internet 🚀',
  'Opinions are my own.',
  'Amateur baker, professional napper 🐱',
];

export const LOCATIONS = ['Shenzhen', 'Tokyo', 'Seoul', 'Berlin', 'São Paulo', 'Dubai', 'Haifa'];
