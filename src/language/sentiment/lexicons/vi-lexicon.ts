// Vietnamese polar words, AFINN scale -5…5. nlp.js has no Vietnamese. Vietnamese writes words as
// space-separated syllables, so entries are syllable n-grams ("hài lòng", "thất vọng").
export const VI_LEXICON: Readonly<Record<string, number>> = {
  // positive
  tốt: 3, "rất tốt": 4, "tuyệt vời": 4, tuyệt: 4, "xuất sắc": 4, "hài lòng": 3, "rất hài lòng": 4, "cảm ơn": 2,
  "cám ơn": 2, "cảm ơn nhiều": 3, thích: 3, "rất thích": 4, yêu: 3, đẹp: 2, ổn: 1, nhanh: 2, "nhanh chóng": 2,
  "chất lượng tốt": 3, "nhiệt tình": 3, "chu đáo": 3, "tận tình": 3, "thân thiện": 3, "chuyên nghiệp": 3,
  "uy tín": 3, "đáng tiền": 3, "hợp lý": 2, "tiện lợi": 2, "dễ dùng": 2, ngon: 3, vui: 3, "vui vẻ": 3,
  "hạnh phúc": 3, "ưng ý": 3, ưng: 2, "hoàn hảo": 4, xịn: 3, ok: 1, oke: 1, "ủng hộ": 2, "đúng hẹn": 2,
  "kịp thời": 2, "nhanh gọn": 2, "cẩn thận": 2, bền: 2, mượt: 2, "tuyệt hảo": 4, khen: 2, "5 sao": 3,
  "năm sao": 3, "giúp đỡ": 2, "dịch vụ tốt": 3, "đóng gói cẩn thận": 3, "đúng mô tả": 2, "giao hàng nhanh": 3,
  "mua lại": 2, "an tâm": 2, "yên tâm": 2, "tin tưởng": 2, đỉnh: 3, "quá đỉnh": 4, "chất lượng cao": 3,
  "nhiệt tình hỗ trợ": 3, "giải quyết nhanh": 3, "đã giải quyết": 2, "rất vui": 4, "tuyệt lắm": 4, "quá tốt": 4,
  "đáng mua": 3, "chất lượng": 1, "recommend": 2, "rất hài lòng với": 4, "cực kỳ hài lòng": 5, "vừa ý": 3,
  "lịch sự": 2, "chính hãng": 2, "rẻ": 1, "giá tốt": 2, "xinh": 2, "thoải mái": 2, "hữu ích": 2, "chuẩn": 2,
  // negative
  tệ: -3, "rất tệ": -4, "quá tệ": -4, tồi: -3, "tồi tệ": -4, kém: -3, dở: -3, chán: -3, "thất vọng": -3,
  "rất thất vọng": -4, bực: -3, "bực mình": -3, tức: -3, "tức giận": -4, giận: -3, "khó chịu": -3, chậm: -2,
  "quá chậm": -3, trễ: -2, "chậm trễ": -3, hỏng: -3, "bị hỏng": -3, hư: -3, "bị hư": -3, vỡ: -3, "bị vỡ": -3,
  bể: -3, rách: -2, lỗi: -2, "bị lỗi": -3, sai: -2, "giao sai": -3, thiếu: -2, "hoàn tiền": -1, "trả hàng": -2,
  "khiếu nại": -3, "lừa đảo": -5, lừa: -4, "hàng giả": -4, "kém chất lượng": -4, "không ai": -2,
  "không trả lời": -3, "không phản hồi": -3, "không nhận được": -3, "chưa nhận được": -3, "mất hàng": -3,
  đắt: -2, "đáng tiếc": -2, tiếc: -2, buồn: -3, "lo lắng": -2, phiền: -2, "phiền phức": -3, "cẩu thả": -3,
  "vô trách nhiệm": -4, "thô lỗ": -4, xấu: -3, bẩn: -3, "tránh xa": -4, "đừng mua": -4, "phí tiền": -3,
  "lãng phí": -3, "vấn đề": -1, "sự cố": -2, "không hoạt động": -3, "không dùng được": -3, "tệ hại": -4,
  "kinh khủng": -4, "khủng khiếp": -4, "tồi tàn": -3, "không bao giờ mua lại": -5, "không chấp nhận được": -4,
  "chờ mãi": -3, "chờ lâu": -2, "quá lâu": -2, "không ai trả lời": -3, "không ai nghe máy": -3, móp: -2,
  "trầy xước": -2, "bực bội": -3, "làm ăn": -1, "chán nản": -3, "kém cỏi": -3, "tức điên": -4, "thất vọng về": -3,
  "không hài lòng": -3, "không tốt": -3, "không ổn": -2,
};
