/** Tencent Cloud Chat's REST API domains by data-center region. */
export const TENCENT_REGIONS = {
  china: 'https://console.tim.qq.com',
  singapore: 'https://adminapisgp.im.qcloud.com',
  seoul: 'https://adminapikr.im.qcloud.com',
  tokyo: 'https://adminapijpn.im.qcloud.com',
  frankfurt: 'https://adminapiger.im.qcloud.com',
  mumbai: 'https://adminapiind.im.qcloud.com',
  siliconValley: 'https://adminapiusa.im.qcloud.com',
} as const;

/** A region of {@link TENCENT_REGIONS}: where the app was created in Tencent's console. */
export type TencentRegion = keyof typeof TENCENT_REGIONS;
