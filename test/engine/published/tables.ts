/** Every published table under test (one file each), in the order of the report. */
import { DISTRICT_COMMERCE_2020 } from './district-commerce-2020';
import { FISHING_BAN_2020 } from './district-fishing-ban-2020';
import { LANGFANG_2019 } from './hebei-langfang-2019';
import { HUANGGANG_2020 } from './hubei-huanggang-2020';
import { XIANGYANG_2021 } from './hubei-xiangyang-2021';
import { JISHAN_2020 } from './shanxi-jishan-2020';
import { DAYING_2023 } from './sichuan-daying-2023';
import { ZHONGJIANG_2022 } from './sichuan-zhongjiang-2022';
import { LIJIANG_GUCHENG_2020 } from './yunnan-lijiang-gucheng-2020';
import { TIANCHANG_2022 } from './anhui-tianchang-2022';
import type { PublishedTable } from './table';

export const PUBLISHED_TABLES: PublishedTable[] = [
  ZHONGJIANG_2022,
  HUANGGANG_2020,
  LANGFANG_2019,
  TIANCHANG_2022,
  JISHAN_2020,
  DISTRICT_COMMERCE_2020,
  XIANGYANG_2021,
  FISHING_BAN_2020,
  LIJIANG_GUCHENG_2020,
  DAYING_2023,
];
