/** The languages the mock answers in, like the service (`<prefix>-lang`). */
export type MockLang = 'en-US' | 'zh-CN' | 'zh-TW' | 'ja-JP';

const enUS = {
  ok: 'Operation successful',
  badJson: 'The request body is not valid JSON',
  invalidArgument: 'Invalid request parameters',
  invalidChannel: 'Unknown SMS channel',
  invalidPhone: 'Invalid phone number',
  internationalDisabled: 'International SMS is not enabled for this application',
  throttled: 'Too many requests, please try again later',
  unauthorized: 'Not signed in, please sign in again',
  unknownApp: 'Application not found',
  wrongCode: 'Incorrect verification code',
  expiredCode: 'The verification code has expired',
  phoneTaken: 'This phone number is already bound to another account',
  alreadyHasPhone: 'You already have a phone number bound; use the change phone flow instead',
  noPhoneBound: 'No phone number is bound to this account',
  onlySignInMethod: 'This is your only sign-in method and cannot be unbound',
  oldPhoneRequired: 'Changing the phone number requires verifying the current number',
  oldPhoneMismatch: 'The current phone number does not match',
  oldCodeWrong: 'Incorrect verification code for the current phone number',
  oldCodeExpired: 'The verification code for the current phone number has expired',
  samePhone: 'The new phone number is the same as the current one',
  badVerifyMethod: 'Unsupported verification method',
  updateTokenInvalid: 'The phone change request is invalid, please start again',
  updateTokenExpired: 'The phone change request has expired, please start again',
  forbidden: 'You are not allowed to do this',
  serverError: 'Internal server error',
  thirdParty: 'The SMS provider failed',
  notFound: 'Not found',
};

/** Every message the mock can answer with. */
export type MockMessageKey = keyof typeof enUS;
type Catalog = Record<MockMessageKey, string>;

const zhCN: Catalog = {
  ok: '操作成功',
  badJson: '请求体不是合法的 JSON',
  invalidArgument: '请求参数不合法',
  invalidChannel: '未知的短信通道',
  invalidPhone: '手机号格式不正确',
  internationalDisabled: '该应用未开启国际短信',
  throttled: '请求过于频繁，请稍后重试',
  unauthorized: '尚未登录，请重新登录',
  unknownApp: '应用不存在',
  wrongCode: '验证码不正确',
  expiredCode: '验证码已过期',
  phoneTaken: '该手机号已被其他账号绑定',
  alreadyHasPhone: '你已绑定手机号，请使用修改手机号流程',
  noPhoneBound: '该账号未绑定手机号',
  onlySignInMethod: '这是你唯一的登录方式，无法解绑',
  oldPhoneRequired: '修改手机号需要先验证原手机号',
  oldPhoneMismatch: '原手机号不匹配',
  oldCodeWrong: '原手机号的验证码不正确',
  oldCodeExpired: '原手机号的验证码已过期',
  samePhone: '新手机号与原手机号相同',
  badVerifyMethod: '不支持的验证方式',
  updateTokenInvalid: '修改手机号请求无效，请重新开始',
  updateTokenExpired: '修改手机号请求已过期，请重新开始',
  forbidden: '无权进行此操作',
  serverError: '服务器内部错误',
  thirdParty: '短信服务商发送失败',
  notFound: '未找到',
};

const zhTW: Catalog = {
  ok: '操作成功',
  badJson: '請求內容不是合法的 JSON',
  invalidArgument: '請求參數不合法',
  invalidChannel: '未知的簡訊通道',
  invalidPhone: '手機號碼格式不正確',
  internationalDisabled: '此應用未開啟國際簡訊',
  throttled: '請求過於頻繁，請稍後再試',
  unauthorized: '尚未登入，請重新登入',
  unknownApp: '應用不存在',
  wrongCode: '驗證碼不正確',
  expiredCode: '驗證碼已過期',
  phoneTaken: '此手機號碼已綁定其他帳號',
  alreadyHasPhone: '你已綁定手機號碼，請使用變更手機號碼流程',
  noPhoneBound: '此帳號未綁定手機號碼',
  onlySignInMethod: '這是你唯一的登入方式，無法解除綁定',
  oldPhoneRequired: '變更手機號碼需要先驗證原手機號碼',
  oldPhoneMismatch: '原手機號碼不符',
  oldCodeWrong: '原手機號碼的驗證碼不正確',
  oldCodeExpired: '原手機號碼的驗證碼已過期',
  samePhone: '新手機號碼與原手機號碼相同',
  badVerifyMethod: '不支援的驗證方式',
  updateTokenInvalid: '變更手機號碼請求無效，請重新開始',
  updateTokenExpired: '變更手機號碼請求已過期，請重新開始',
  forbidden: '無權進行此操作',
  serverError: '伺服器內部錯誤',
  thirdParty: '簡訊服務商傳送失敗',
  notFound: '找不到',
};

const jaJP: Catalog = {
  ok: '操作が成功しました',
  badJson: 'リクエスト本文が正しい JSON ではありません',
  invalidArgument: 'リクエストのパラメータが正しくありません',
  invalidChannel: '不明な SMS チャネルです',
  invalidPhone: '電話番号の形式が正しくありません',
  internationalDisabled: 'このアプリケーションでは国際 SMS が有効になっていません',
  throttled: 'リクエストが多すぎます。しばらくしてからもう一度お試しください',
  unauthorized: 'ログインしていません。もう一度ログインしてください',
  unknownApp: 'アプリケーションが見つかりません',
  wrongCode: '認証コードが正しくありません',
  expiredCode: '認証コードの有効期限が切れています',
  phoneTaken: 'この電話番号は別のアカウントに登録されています',
  alreadyHasPhone: '電話番号は登録済みです。電話番号の変更をご利用ください',
  noPhoneBound: 'このアカウントには電話番号が登録されていません',
  onlySignInMethod: '唯一のログイン方法のため、登録を解除できません',
  oldPhoneRequired: '電話番号を変更するには、現在の番号の確認が必要です',
  oldPhoneMismatch: '現在の電話番号が一致しません',
  oldCodeWrong: '現在の電話番号の認証コードが正しくありません',
  oldCodeExpired: '現在の電話番号の認証コードの有効期限が切れています',
  samePhone: '新しい電話番号が現在の番号と同じです',
  badVerifyMethod: 'サポートされていない認証方法です',
  updateTokenInvalid: '電話番号の変更リクエストが無効です。最初からやり直してください',
  updateTokenExpired: '電話番号の変更リクエストの有効期限が切れています。最初からやり直してください',
  forbidden: 'この操作は許可されていません',
  serverError: 'サーバー内部エラー',
  thirdParty: 'SMS プロバイダーでエラーが発生しました',
  notFound: '見つかりません',
};

const CATALOGS: Readonly<Record<MockLang, Catalog>> = {
  'en-US': enUS,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  'ja-JP': jaJP,
};

/** The languages the mock answers in: the values `lang` and `MOCK_LANG` take. */
export const MOCK_LANGS: readonly MockLang[] = Object.freeze(Object.keys(CATALOGS) as MockLang[]);

/** Reads a lang header value; anything the service would not recognise gives `fallback`. */
export function readMockLang(header: string | null, fallback: MockLang): MockLang {
  if (header && Object.prototype.hasOwnProperty.call(CATALOGS, header)) return header as MockLang;
  return fallback;
}

/** The mock's message for `key` in `lang`. */
export function mockMessage(lang: MockLang, key: MockMessageKey): string {
  return CATALOGS[lang][key];
}
