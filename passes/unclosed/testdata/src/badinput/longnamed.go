// Long functions whose error is a named result that a defer keeps in
// memory: 200 opens, each with a branch between it and its error check,
// to check that the check is still read as the open's own and that
// finding which store each load reads stays fast. Written by a script;
// edit the pattern, not single lines.

package badinput

import (
	"fmt"
	"os"
)

func okLongNamedError(names []string, verbose []bool) (n int, err error) {
	defer fmt.Println("done")
	var f0 *os.File
	f0, err = os.Open(names[0])
	if verbose[0] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f0.Close()
	var f1 *os.File
	f1, err = os.Open(names[1])
	if verbose[1] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f1.Close()
	var f2 *os.File
	f2, err = os.Open(names[2])
	if verbose[2] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f2.Close()
	var f3 *os.File
	f3, err = os.Open(names[3])
	if verbose[3] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f3.Close()
	var f4 *os.File
	f4, err = os.Open(names[4])
	if verbose[4] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f4.Close()
	var f5 *os.File
	f5, err = os.Open(names[5])
	if verbose[5] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f5.Close()
	var f6 *os.File
	f6, err = os.Open(names[6])
	if verbose[6] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f6.Close()
	var f7 *os.File
	f7, err = os.Open(names[7])
	if verbose[7] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f7.Close()
	var f8 *os.File
	f8, err = os.Open(names[8])
	if verbose[8] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f8.Close()
	var f9 *os.File
	f9, err = os.Open(names[9])
	if verbose[9] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f9.Close()
	var f10 *os.File
	f10, err = os.Open(names[10])
	if verbose[10] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f10.Close()
	var f11 *os.File
	f11, err = os.Open(names[11])
	if verbose[11] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f11.Close()
	var f12 *os.File
	f12, err = os.Open(names[12])
	if verbose[12] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f12.Close()
	var f13 *os.File
	f13, err = os.Open(names[13])
	if verbose[13] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f13.Close()
	var f14 *os.File
	f14, err = os.Open(names[14])
	if verbose[14] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f14.Close()
	var f15 *os.File
	f15, err = os.Open(names[15])
	if verbose[15] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f15.Close()
	var f16 *os.File
	f16, err = os.Open(names[16])
	if verbose[16] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f16.Close()
	var f17 *os.File
	f17, err = os.Open(names[17])
	if verbose[17] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f17.Close()
	var f18 *os.File
	f18, err = os.Open(names[18])
	if verbose[18] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f18.Close()
	var f19 *os.File
	f19, err = os.Open(names[19])
	if verbose[19] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f19.Close()
	var f20 *os.File
	f20, err = os.Open(names[20])
	if verbose[20] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f20.Close()
	var f21 *os.File
	f21, err = os.Open(names[21])
	if verbose[21] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f21.Close()
	var f22 *os.File
	f22, err = os.Open(names[22])
	if verbose[22] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f22.Close()
	var f23 *os.File
	f23, err = os.Open(names[23])
	if verbose[23] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f23.Close()
	var f24 *os.File
	f24, err = os.Open(names[24])
	if verbose[24] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f24.Close()
	var f25 *os.File
	f25, err = os.Open(names[25])
	if verbose[25] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f25.Close()
	var f26 *os.File
	f26, err = os.Open(names[26])
	if verbose[26] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f26.Close()
	var f27 *os.File
	f27, err = os.Open(names[27])
	if verbose[27] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f27.Close()
	var f28 *os.File
	f28, err = os.Open(names[28])
	if verbose[28] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f28.Close()
	var f29 *os.File
	f29, err = os.Open(names[29])
	if verbose[29] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f29.Close()
	var f30 *os.File
	f30, err = os.Open(names[30])
	if verbose[30] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f30.Close()
	var f31 *os.File
	f31, err = os.Open(names[31])
	if verbose[31] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f31.Close()
	var f32 *os.File
	f32, err = os.Open(names[32])
	if verbose[32] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f32.Close()
	var f33 *os.File
	f33, err = os.Open(names[33])
	if verbose[33] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f33.Close()
	var f34 *os.File
	f34, err = os.Open(names[34])
	if verbose[34] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f34.Close()
	var f35 *os.File
	f35, err = os.Open(names[35])
	if verbose[35] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f35.Close()
	var f36 *os.File
	f36, err = os.Open(names[36])
	if verbose[36] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f36.Close()
	var f37 *os.File
	f37, err = os.Open(names[37])
	if verbose[37] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f37.Close()
	var f38 *os.File
	f38, err = os.Open(names[38])
	if verbose[38] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f38.Close()
	var f39 *os.File
	f39, err = os.Open(names[39])
	if verbose[39] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f39.Close()
	var f40 *os.File
	f40, err = os.Open(names[40])
	if verbose[40] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f40.Close()
	var f41 *os.File
	f41, err = os.Open(names[41])
	if verbose[41] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f41.Close()
	var f42 *os.File
	f42, err = os.Open(names[42])
	if verbose[42] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f42.Close()
	var f43 *os.File
	f43, err = os.Open(names[43])
	if verbose[43] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f43.Close()
	var f44 *os.File
	f44, err = os.Open(names[44])
	if verbose[44] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f44.Close()
	var f45 *os.File
	f45, err = os.Open(names[45])
	if verbose[45] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f45.Close()
	var f46 *os.File
	f46, err = os.Open(names[46])
	if verbose[46] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f46.Close()
	var f47 *os.File
	f47, err = os.Open(names[47])
	if verbose[47] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f47.Close()
	var f48 *os.File
	f48, err = os.Open(names[48])
	if verbose[48] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f48.Close()
	var f49 *os.File
	f49, err = os.Open(names[49])
	if verbose[49] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f49.Close()
	var f50 *os.File
	f50, err = os.Open(names[50])
	if verbose[50] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f50.Close()
	var f51 *os.File
	f51, err = os.Open(names[51])
	if verbose[51] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f51.Close()
	var f52 *os.File
	f52, err = os.Open(names[52])
	if verbose[52] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f52.Close()
	var f53 *os.File
	f53, err = os.Open(names[53])
	if verbose[53] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f53.Close()
	var f54 *os.File
	f54, err = os.Open(names[54])
	if verbose[54] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f54.Close()
	var f55 *os.File
	f55, err = os.Open(names[55])
	if verbose[55] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f55.Close()
	var f56 *os.File
	f56, err = os.Open(names[56])
	if verbose[56] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f56.Close()
	var f57 *os.File
	f57, err = os.Open(names[57])
	if verbose[57] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f57.Close()
	var f58 *os.File
	f58, err = os.Open(names[58])
	if verbose[58] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f58.Close()
	var f59 *os.File
	f59, err = os.Open(names[59])
	if verbose[59] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f59.Close()
	var f60 *os.File
	f60, err = os.Open(names[60])
	if verbose[60] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f60.Close()
	var f61 *os.File
	f61, err = os.Open(names[61])
	if verbose[61] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f61.Close()
	var f62 *os.File
	f62, err = os.Open(names[62])
	if verbose[62] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f62.Close()
	var f63 *os.File
	f63, err = os.Open(names[63])
	if verbose[63] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f63.Close()
	var f64 *os.File
	f64, err = os.Open(names[64])
	if verbose[64] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f64.Close()
	var f65 *os.File
	f65, err = os.Open(names[65])
	if verbose[65] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f65.Close()
	var f66 *os.File
	f66, err = os.Open(names[66])
	if verbose[66] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f66.Close()
	var f67 *os.File
	f67, err = os.Open(names[67])
	if verbose[67] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f67.Close()
	var f68 *os.File
	f68, err = os.Open(names[68])
	if verbose[68] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f68.Close()
	var f69 *os.File
	f69, err = os.Open(names[69])
	if verbose[69] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f69.Close()
	var f70 *os.File
	f70, err = os.Open(names[70])
	if verbose[70] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f70.Close()
	var f71 *os.File
	f71, err = os.Open(names[71])
	if verbose[71] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f71.Close()
	var f72 *os.File
	f72, err = os.Open(names[72])
	if verbose[72] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f72.Close()
	var f73 *os.File
	f73, err = os.Open(names[73])
	if verbose[73] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f73.Close()
	var f74 *os.File
	f74, err = os.Open(names[74])
	if verbose[74] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f74.Close()
	var f75 *os.File
	f75, err = os.Open(names[75])
	if verbose[75] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f75.Close()
	var f76 *os.File
	f76, err = os.Open(names[76])
	if verbose[76] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f76.Close()
	var f77 *os.File
	f77, err = os.Open(names[77])
	if verbose[77] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f77.Close()
	var f78 *os.File
	f78, err = os.Open(names[78])
	if verbose[78] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f78.Close()
	var f79 *os.File
	f79, err = os.Open(names[79])
	if verbose[79] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f79.Close()
	var f80 *os.File
	f80, err = os.Open(names[80])
	if verbose[80] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f80.Close()
	var f81 *os.File
	f81, err = os.Open(names[81])
	if verbose[81] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f81.Close()
	var f82 *os.File
	f82, err = os.Open(names[82])
	if verbose[82] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f82.Close()
	var f83 *os.File
	f83, err = os.Open(names[83])
	if verbose[83] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f83.Close()
	var f84 *os.File
	f84, err = os.Open(names[84])
	if verbose[84] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f84.Close()
	var f85 *os.File
	f85, err = os.Open(names[85])
	if verbose[85] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f85.Close()
	var f86 *os.File
	f86, err = os.Open(names[86])
	if verbose[86] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f86.Close()
	var f87 *os.File
	f87, err = os.Open(names[87])
	if verbose[87] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f87.Close()
	var f88 *os.File
	f88, err = os.Open(names[88])
	if verbose[88] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f88.Close()
	var f89 *os.File
	f89, err = os.Open(names[89])
	if verbose[89] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f89.Close()
	var f90 *os.File
	f90, err = os.Open(names[90])
	if verbose[90] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f90.Close()
	var f91 *os.File
	f91, err = os.Open(names[91])
	if verbose[91] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f91.Close()
	var f92 *os.File
	f92, err = os.Open(names[92])
	if verbose[92] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f92.Close()
	var f93 *os.File
	f93, err = os.Open(names[93])
	if verbose[93] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f93.Close()
	var f94 *os.File
	f94, err = os.Open(names[94])
	if verbose[94] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f94.Close()
	var f95 *os.File
	f95, err = os.Open(names[95])
	if verbose[95] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f95.Close()
	var f96 *os.File
	f96, err = os.Open(names[96])
	if verbose[96] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f96.Close()
	var f97 *os.File
	f97, err = os.Open(names[97])
	if verbose[97] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f97.Close()
	var f98 *os.File
	f98, err = os.Open(names[98])
	if verbose[98] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f98.Close()
	var f99 *os.File
	f99, err = os.Open(names[99])
	if verbose[99] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f99.Close()
	var f100 *os.File
	f100, err = os.Open(names[100])
	if verbose[100] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f100.Close()
	var f101 *os.File
	f101, err = os.Open(names[101])
	if verbose[101] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f101.Close()
	var f102 *os.File
	f102, err = os.Open(names[102])
	if verbose[102] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f102.Close()
	var f103 *os.File
	f103, err = os.Open(names[103])
	if verbose[103] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f103.Close()
	var f104 *os.File
	f104, err = os.Open(names[104])
	if verbose[104] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f104.Close()
	var f105 *os.File
	f105, err = os.Open(names[105])
	if verbose[105] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f105.Close()
	var f106 *os.File
	f106, err = os.Open(names[106])
	if verbose[106] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f106.Close()
	var f107 *os.File
	f107, err = os.Open(names[107])
	if verbose[107] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f107.Close()
	var f108 *os.File
	f108, err = os.Open(names[108])
	if verbose[108] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f108.Close()
	var f109 *os.File
	f109, err = os.Open(names[109])
	if verbose[109] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f109.Close()
	var f110 *os.File
	f110, err = os.Open(names[110])
	if verbose[110] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f110.Close()
	var f111 *os.File
	f111, err = os.Open(names[111])
	if verbose[111] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f111.Close()
	var f112 *os.File
	f112, err = os.Open(names[112])
	if verbose[112] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f112.Close()
	var f113 *os.File
	f113, err = os.Open(names[113])
	if verbose[113] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f113.Close()
	var f114 *os.File
	f114, err = os.Open(names[114])
	if verbose[114] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f114.Close()
	var f115 *os.File
	f115, err = os.Open(names[115])
	if verbose[115] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f115.Close()
	var f116 *os.File
	f116, err = os.Open(names[116])
	if verbose[116] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f116.Close()
	var f117 *os.File
	f117, err = os.Open(names[117])
	if verbose[117] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f117.Close()
	var f118 *os.File
	f118, err = os.Open(names[118])
	if verbose[118] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f118.Close()
	var f119 *os.File
	f119, err = os.Open(names[119])
	if verbose[119] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f119.Close()
	var f120 *os.File
	f120, err = os.Open(names[120])
	if verbose[120] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f120.Close()
	var f121 *os.File
	f121, err = os.Open(names[121])
	if verbose[121] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f121.Close()
	var f122 *os.File
	f122, err = os.Open(names[122])
	if verbose[122] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f122.Close()
	var f123 *os.File
	f123, err = os.Open(names[123])
	if verbose[123] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f123.Close()
	var f124 *os.File
	f124, err = os.Open(names[124])
	if verbose[124] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f124.Close()
	var f125 *os.File
	f125, err = os.Open(names[125])
	if verbose[125] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f125.Close()
	var f126 *os.File
	f126, err = os.Open(names[126])
	if verbose[126] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f126.Close()
	var f127 *os.File
	f127, err = os.Open(names[127])
	if verbose[127] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f127.Close()
	var f128 *os.File
	f128, err = os.Open(names[128])
	if verbose[128] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f128.Close()
	var f129 *os.File
	f129, err = os.Open(names[129])
	if verbose[129] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f129.Close()
	var f130 *os.File
	f130, err = os.Open(names[130])
	if verbose[130] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f130.Close()
	var f131 *os.File
	f131, err = os.Open(names[131])
	if verbose[131] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f131.Close()
	var f132 *os.File
	f132, err = os.Open(names[132])
	if verbose[132] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f132.Close()
	var f133 *os.File
	f133, err = os.Open(names[133])
	if verbose[133] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f133.Close()
	var f134 *os.File
	f134, err = os.Open(names[134])
	if verbose[134] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f134.Close()
	var f135 *os.File
	f135, err = os.Open(names[135])
	if verbose[135] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f135.Close()
	var f136 *os.File
	f136, err = os.Open(names[136])
	if verbose[136] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f136.Close()
	var f137 *os.File
	f137, err = os.Open(names[137])
	if verbose[137] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f137.Close()
	var f138 *os.File
	f138, err = os.Open(names[138])
	if verbose[138] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f138.Close()
	var f139 *os.File
	f139, err = os.Open(names[139])
	if verbose[139] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f139.Close()
	var f140 *os.File
	f140, err = os.Open(names[140])
	if verbose[140] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f140.Close()
	var f141 *os.File
	f141, err = os.Open(names[141])
	if verbose[141] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f141.Close()
	var f142 *os.File
	f142, err = os.Open(names[142])
	if verbose[142] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f142.Close()
	var f143 *os.File
	f143, err = os.Open(names[143])
	if verbose[143] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f143.Close()
	var f144 *os.File
	f144, err = os.Open(names[144])
	if verbose[144] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f144.Close()
	var f145 *os.File
	f145, err = os.Open(names[145])
	if verbose[145] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f145.Close()
	var f146 *os.File
	f146, err = os.Open(names[146])
	if verbose[146] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f146.Close()
	var f147 *os.File
	f147, err = os.Open(names[147])
	if verbose[147] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f147.Close()
	var f148 *os.File
	f148, err = os.Open(names[148])
	if verbose[148] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f148.Close()
	var f149 *os.File
	f149, err = os.Open(names[149])
	if verbose[149] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f149.Close()
	var f150 *os.File
	f150, err = os.Open(names[150])
	if verbose[150] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f150.Close()
	var f151 *os.File
	f151, err = os.Open(names[151])
	if verbose[151] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f151.Close()
	var f152 *os.File
	f152, err = os.Open(names[152])
	if verbose[152] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f152.Close()
	var f153 *os.File
	f153, err = os.Open(names[153])
	if verbose[153] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f153.Close()
	var f154 *os.File
	f154, err = os.Open(names[154])
	if verbose[154] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f154.Close()
	var f155 *os.File
	f155, err = os.Open(names[155])
	if verbose[155] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f155.Close()
	var f156 *os.File
	f156, err = os.Open(names[156])
	if verbose[156] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f156.Close()
	var f157 *os.File
	f157, err = os.Open(names[157])
	if verbose[157] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f157.Close()
	var f158 *os.File
	f158, err = os.Open(names[158])
	if verbose[158] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f158.Close()
	var f159 *os.File
	f159, err = os.Open(names[159])
	if verbose[159] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f159.Close()
	var f160 *os.File
	f160, err = os.Open(names[160])
	if verbose[160] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f160.Close()
	var f161 *os.File
	f161, err = os.Open(names[161])
	if verbose[161] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f161.Close()
	var f162 *os.File
	f162, err = os.Open(names[162])
	if verbose[162] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f162.Close()
	var f163 *os.File
	f163, err = os.Open(names[163])
	if verbose[163] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f163.Close()
	var f164 *os.File
	f164, err = os.Open(names[164])
	if verbose[164] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f164.Close()
	var f165 *os.File
	f165, err = os.Open(names[165])
	if verbose[165] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f165.Close()
	var f166 *os.File
	f166, err = os.Open(names[166])
	if verbose[166] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f166.Close()
	var f167 *os.File
	f167, err = os.Open(names[167])
	if verbose[167] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f167.Close()
	var f168 *os.File
	f168, err = os.Open(names[168])
	if verbose[168] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f168.Close()
	var f169 *os.File
	f169, err = os.Open(names[169])
	if verbose[169] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f169.Close()
	var f170 *os.File
	f170, err = os.Open(names[170])
	if verbose[170] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f170.Close()
	var f171 *os.File
	f171, err = os.Open(names[171])
	if verbose[171] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f171.Close()
	var f172 *os.File
	f172, err = os.Open(names[172])
	if verbose[172] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f172.Close()
	var f173 *os.File
	f173, err = os.Open(names[173])
	if verbose[173] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f173.Close()
	var f174 *os.File
	f174, err = os.Open(names[174])
	if verbose[174] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f174.Close()
	var f175 *os.File
	f175, err = os.Open(names[175])
	if verbose[175] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f175.Close()
	var f176 *os.File
	f176, err = os.Open(names[176])
	if verbose[176] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f176.Close()
	var f177 *os.File
	f177, err = os.Open(names[177])
	if verbose[177] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f177.Close()
	var f178 *os.File
	f178, err = os.Open(names[178])
	if verbose[178] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f178.Close()
	var f179 *os.File
	f179, err = os.Open(names[179])
	if verbose[179] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f179.Close()
	var f180 *os.File
	f180, err = os.Open(names[180])
	if verbose[180] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f180.Close()
	var f181 *os.File
	f181, err = os.Open(names[181])
	if verbose[181] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f181.Close()
	var f182 *os.File
	f182, err = os.Open(names[182])
	if verbose[182] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f182.Close()
	var f183 *os.File
	f183, err = os.Open(names[183])
	if verbose[183] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f183.Close()
	var f184 *os.File
	f184, err = os.Open(names[184])
	if verbose[184] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f184.Close()
	var f185 *os.File
	f185, err = os.Open(names[185])
	if verbose[185] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f185.Close()
	var f186 *os.File
	f186, err = os.Open(names[186])
	if verbose[186] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f186.Close()
	var f187 *os.File
	f187, err = os.Open(names[187])
	if verbose[187] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f187.Close()
	var f188 *os.File
	f188, err = os.Open(names[188])
	if verbose[188] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f188.Close()
	var f189 *os.File
	f189, err = os.Open(names[189])
	if verbose[189] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f189.Close()
	var f190 *os.File
	f190, err = os.Open(names[190])
	if verbose[190] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f190.Close()
	var f191 *os.File
	f191, err = os.Open(names[191])
	if verbose[191] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f191.Close()
	var f192 *os.File
	f192, err = os.Open(names[192])
	if verbose[192] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f192.Close()
	var f193 *os.File
	f193, err = os.Open(names[193])
	if verbose[193] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f193.Close()
	var f194 *os.File
	f194, err = os.Open(names[194])
	if verbose[194] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f194.Close()
	var f195 *os.File
	f195, err = os.Open(names[195])
	if verbose[195] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f195.Close()
	var f196 *os.File
	f196, err = os.Open(names[196])
	if verbose[196] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f196.Close()
	var f197 *os.File
	f197, err = os.Open(names[197])
	if verbose[197] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f197.Close()
	var f198 *os.File
	f198, err = os.Open(names[198])
	if verbose[198] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f198.Close()
	var f199 *os.File
	f199, err = os.Open(names[199])
	if verbose[199] {
		n++
	}
	if err != nil {
		return 0, err
	}
	defer f199.Close()
	return n, nil
}
